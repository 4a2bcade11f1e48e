import { z } from 'zod/mini';
import { ApiError, NetworkError, SchemaError, isAbortError } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiTarget {
  baseUrl: string;
  /** Same-origin path that forwards to baseUrl; when set, requests go there instead. */
  proxyPath?: string | undefined;
}

export interface HttpRequest {
  method?: HttpMethod;
  /** Path below the target, starting with `/`. */
  path: string;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  /** A plain object is sent as JSON. */
  body?: BodyInit | Record<string, unknown> | unknown[] | null;
  signal?: AbortSignal | undefined;
}

/** What a signer may change: the URL (query credentials) and the headers. */
export interface PreparedRequest {
  method: HttpMethod;
  path: string;
  url: URL;
  headers: Headers;
}

export type Signer = (request: PreparedRequest) => void;

/** Reads a backend's error envelope: the server's message plus any facts worth keeping. */
export type ErrorReader = (
  body: unknown,
  headers: Headers,
) => { message?: string | undefined; details?: Record<string, unknown> };

export interface HttpClientOptions {
  target: ApiTarget;
  sign?: Signer;
  readError?: ErrorReader;
  /** Told about every error response, e.g. to end a session the backend no longer accepts. */
  onApiError?: (error: ApiError) => void;
}

export type ClientHooks = Pick<HttpClientOptions, 'onApiError'>;

export function resolveUrl(target: ApiTarget, path: string): URL {
  const root = target.proxyPath
    ? new URL(target.proxyPath, window.location.origin).href
    : target.baseUrl;
  return new URL(root.replace(/\/+$/, '') + path);
}

export function prepareRequest(options: HttpClientOptions, request: HttpRequest): PreparedRequest {
  const url = resolveUrl(options.target, request.path);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  const prepared: PreparedRequest = {
    method: request.method ?? 'GET',
    path: request.path,
    url,
    headers: new Headers(request.headers),
  };
  options.sign?.(prepared);
  return prepared;
}

function encodeBody(request: HttpRequest, headers: Headers): BodyInit | null | undefined {
  const { body } = request;
  if (body === undefined || body === null) return body;
  if (isPlainJson(body)) {
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return JSON.stringify(body);
  }
  return body as BodyInit;
}

function isPlainJson(body: unknown): body is Record<string, unknown> | unknown[] {
  if (Array.isArray(body)) return true;
  if (typeof body !== 'object' || body === null) return false;
  const proto = Object.getPrototypeOf(body) as unknown;
  return proto === Object.prototype || proto === null;
}

export async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json') || /^[[{]/.test(text.trim())) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export function toApiError(
  status: number,
  statusText: string,
  body: unknown,
  headers: Headers,
  readError?: ErrorReader,
): ApiError {
  const read = readError?.(body, headers) ?? {};
  const fallback = typeof body === 'string' && body.length < 300 ? body : statusText;
  return new ApiError({
    status,
    statusText,
    message: read.message || fallback || `HTTP ${status}`,
    body,
    headers,
    details: read.details ?? {},
  });
}

/** Any zod v4 schema (mini or classic) parses responses. */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
  what: string,
): z.infer<S> {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  throw new SchemaError(
    what,
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

/** A kind's client: its error envelope, and how a credential signs a request (none: unsigned). */
export function createSignedClient<C>(
  target: ApiTarget,
  credential: C | null,
  hooks: ClientHooks,
  readError: ErrorReader,
  sign: (request: PreparedRequest, credential: C) => void,
): HttpClient {
  return createHttpClient({
    target,
    ...hooks,
    readError,
    ...(credential ? { sign: (request: PreparedRequest) => sign(request, credential) } : {}),
  });
}

/** `{"message": "…"}` with the HTTP status (ShellHub, device gateway). */
export const readMessageError: ErrorReader = (body) => {
  const message =
    typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return { message: typeof message === 'string' ? message : undefined };
};

export interface HttpClient {
  readonly options: HttpClientOptions;
  send(request: HttpRequest): Promise<Response>;
  json<S extends z.core.$ZodType>(request: HttpRequest, schema: S): Promise<z.infer<S>>;
  text(request: HttpRequest): Promise<string>;
  blob(request: HttpRequest): Promise<Blob>;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  async function send(request: HttpRequest): Promise<Response> {
    const prepared = prepareRequest(options, request);
    const body = encodeBody(request, prepared.headers);
    let response: Response;
    try {
      response = await fetch(prepared.url, {
        method: prepared.method,
        headers: prepared.headers,
        body,
        signal: request.signal ?? null,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new NetworkError('unreachable', prepared.url.origin + prepared.url.pathname, error);
    }
    if (!response.ok) {
      const parsed = await parseBody(response).catch(() => null);
      const error = toApiError(
        response.status,
        response.statusText,
        parsed,
        response.headers,
        options.readError,
      );
      options.onApiError?.(error);
      throw error;
    }
    return response;
  }

  return {
    options,
    send,
    async json(request, schema) {
      const response = await send(request);
      const data = await parseBody(response);
      return parseWith(schema, data, `${request.method ?? 'GET'} ${request.path}`);
    },
    async text(request) {
      return (await send(request)).text();
    },
    async blob(request) {
      return (await send(request)).blob();
    },
  };
}
