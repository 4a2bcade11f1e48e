import { OPTIONAL_ENDPOINTS } from './state.ts';
import type { OptionalEndpoint } from './state.ts';

export const BASE_PARAMETERS = [
  'token',
  'hash',
  'newtoken',
  'update',
  'settings',
  'v',
  'index.html',
];

export const OPTIONAL_PARAMETERS: Record<OptionalEndpoint, readonly string[]> = {
  settings: [],
  certs: ['public', 'private', 'ca'],
  license: ['license'],
  storage: [],
  backup: ['action', 'archive'],
};

export function allowedParameters(endpoints: readonly OptionalEndpoint[]): Set<string> {
  const allowed = new Set(BASE_PARAMETERS);
  for (const endpoint of OPTIONAL_ENDPOINTS) {
    if (endpoints.includes(endpoint)) {
      for (const name of OPTIONAL_PARAMETERS[endpoint]) allowed.add(name);
    }
  }
  return allowed;
}

export interface QueryParam {
  name: string;
  raw: string;
  value: string;
}

export type QueryParams = ReadonlyMap<string, QueryParam>;

export function parseQuery(search: string): { names: string[]; params: QueryParams } {
  const params = new Map<string, QueryParam>();
  const names: string[] = [];
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const index = pair.indexOf('=');
    const name = decode(index === -1 ? pair : pair.slice(0, index));
    const raw = index === -1 ? '' : pair.slice(index + 1);
    names.push(name);
    if (!params.has(name)) params.set(name, { name, raw, value: decode(raw) });
  }
  return { names, params };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type FormValue = string | File;

export interface FormBody {
  names: string[];
  values: ReadonlyMap<string, FormValue>;
}

export type BodyReadResult =
  { kind: 'empty' } | { kind: 'malformed' } | { kind: 'form'; form: FormBody };

export async function readFormBody(request: Request): Promise<BodyReadResult> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0) return { kind: 'empty' };
  const contentType = request.headers.get('Content-Type') ?? '';
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    try {
      const data = await new Response(bytes, {
        headers: { 'Content-Type': contentType },
      }).formData();
      const names: string[] = [];
      const values = new Map<string, FormValue>();
      for (const [name, value] of data.entries()) {
        names.push(name);
        if (!values.has(name)) values.set(name, value);
      }
      return { kind: 'form', form: { names, values } };
    } catch {
      return { kind: 'malformed' };
    }
  }
  const { names, params } = parseQuery(new TextDecoder().decode(bytes));
  const values = new Map<string, FormValue>();
  for (const [name, param] of params) values.set(name, param.value);
  return { kind: 'form', form: { names, values } };
}

export function textField(form: FormBody | null, name: string): string | null {
  const value = form?.values.get(name);
  if (value === undefined) return null;
  return typeof value === 'string' ? value : value.name;
}

export async function fileField(form: FormBody | null, name: string): Promise<Uint8Array | null> {
  const value = form?.values.get(name);
  if (value === undefined || typeof value === 'string') return null;
  return new Uint8Array(await value.arrayBuffer());
}
