import type { FieldErrors } from './drf.ts';

export type Field =
  | {
      type: 'string';
      max: number;
      required?: boolean;
      blank?: boolean;
      nullable?: boolean;
      check?: (value: string) => string | null;
    }
  | { type: 'boolean'; required?: boolean }
  | { type: 'choice'; choices: readonly string[]; required?: boolean }
  | { type: 'email'; max: number; required?: boolean }
  | { type: 'time'; required?: boolean }
  | { type: 'pks'; exists: (id: number) => boolean; required?: boolean };

export type Schema = Record<string, Field>;

const TRUE = new Set<unknown>([true, 'true', 'True', 'TRUE', 'on', 'yes', 'y', '1', 1]);
const FALSE = new Set<unknown>([false, 'false', 'False', 'FALSE', 'off', 'no', 'n', '0', 0]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,6})?)?$/;

function typeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  return 'dict';
}

function one(field: Field, value: unknown): { value?: unknown; errors?: string[] } {
  if (value === null) {
    if (field.type === 'string' && field.nullable) return { value: null };
    return { errors: ['This field may not be null.'] };
  }
  switch (field.type) {
    case 'string':
    case 'email': {
      if (typeof value !== 'string' && typeof value !== 'number') {
        return { errors: ['Not a valid string.'] };
      }
      const text = String(value).trim();
      const blankOk = field.type === 'email' || field.blank === true;
      if (text === '' && !blankOk) return { errors: ['This field may not be blank.'] };
      if (text.length > field.max) {
        return { errors: [`Ensure this field has no more than ${field.max} characters.`] };
      }
      if (field.type === 'email' && text !== '' && !EMAIL.test(text)) {
        return { errors: ['Enter a valid email address.'] };
      }
      const problem = field.type === 'string' && text !== '' ? field.check?.(text) : null;
      return problem ? { errors: [problem] } : { value: text };
    }
    case 'boolean':
      if (TRUE.has(value)) return { value: true };
      if (FALSE.has(value)) return { value: false };
      return { errors: ['Must be a valid boolean.'] };
    case 'choice': {
      const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      if (!field.choices.includes(text)) {
        return {
          errors: [
            `"${typeof value === 'string' ? value : JSON.stringify(value)}" is not a valid choice.`,
          ],
        };
      }
      return { value: text };
    }
    case 'time': {
      const match = typeof value === 'string' ? TIME.exec(value.trim()) : null;
      if (!match) {
        return {
          errors: ['Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].'],
        };
      }
      const [, h = '0', m = '0', s = '00'] = match;
      return { value: `${h.padStart(2, '0')}:${m}:${s}` };
    }
    case 'pks': {
      if (!Array.isArray(value)) {
        return { errors: [`Expected a list of items but got type "${typeName(value)}".`] };
      }
      const ids: number[] = [];
      for (const item of value as unknown[]) {
        const id = typeof item === 'string' && /^\d+$/.test(item) ? Number(item) : item;
        if (typeof id !== 'number' || !Number.isInteger(id)) {
          return { errors: [`Incorrect type. Expected pk value, received ${typeName(item)}.`] };
        }
        if (!field.exists(id)) return { errors: [`Invalid pk "${id}" - object does not exist.`] };
        if (!ids.includes(id)) ids.push(id);
      }
      return { value: ids };
    }
  }
}

/** A DRF serializer's field validation: field errors keyed by name, or the clean values. */
export function validate(
  schema: Schema,
  body: Record<string, unknown>,
  partial: boolean,
): { values: Record<string, unknown>; errors: FieldErrors | null } {
  const values: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const [name, field] of Object.entries(schema)) {
    if (!(name in body)) {
      if (!partial && field.required) errors[name] = ['This field is required.'];
      continue;
    }
    const result = one(field, body[name]);
    if (result.errors) errors[name] = result.errors;
    else values[name] = result.value;
  }
  return { values, errors: Object.keys(errors).length > 0 ? errors : null };
}

/** Rule.clean(): ports only for TCP/UDP and required there; "80,443,7000-8000". */
export function rulePortErrors(protocol: string, ports: string): string | null {
  if (protocol === 'TCP' || protocol === 'UDP') {
    if (!ports) return 'At least one port must be specified for destination protocols TCP or UDP';
  } else if (ports) {
    return 'Ports can only be specified for destination protocols TCP or UDP';
  }
  if (!/^[\s0-9,-]*$/.test(ports)) return 'Illegal characters in port specification';
  if (!ports) return null;
  for (const spec of ports.split(',')) {
    const range: number[] = [];
    for (const port of spec.split('-')) {
      if (!/^\s*\d+\s*$/.test(port)) return `Malformed port: '${spec}'`;
      const value = Number(port);
      if (value < 0 || value > 65535) {
        return `Port '${port}' is out of range, ports must be between 0 and 65535.`;
      }
      range.push(value);
    }
    if (range.length === 2 && !((range[0] ?? 0) < (range[1] ?? 0))) {
      return `Malformed port range '${spec}', start port must be less than end port.`;
    }
    if (range.length > 2) return `Malformed port range '${spec}'.`;
  }
  return null;
}

/** Stored like the hub: whitespace removed, unique, sorted as text. */
export function normalizePorts(ports: string): string {
  if (!ports) return '';
  return [...new Set(ports.replace(/\s/g, '').split(','))].sort().join(',');
}

const UUID = /^[a-f0-9]{8}-?[a-f0-9]{4}-?4[a-f0-9]{3}-?[89ab][a-f0-9]{3}-?[a-f0-9]{12}$/;

/** uuid_blacklist / uuid_whitelist: comma-separated version 4 UUIDs (the hub's UUID_PATTERN). */
export function uuidListError(value: string): string | null {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const bad = items.find((item) => !UUID.test(item));
  return bad === undefined ? null : `Invalid UUID: '${bad}'. Enter comma-separated UUIDs.`;
}
