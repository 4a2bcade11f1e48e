import type { SimOutcome } from '../../framework/types.ts';
import { badRequest, isRecord } from '../http.ts';

/** A body field check: the value, or the 400 the controller answers. */
export type Field<T> = { ok: true; value: T } | { ok: false; outcome: SimOutcome };

const fail = (message: string): { ok: false; outcome: SimOutcome } => ({
  ok: false,
  outcome: badRequest(message),
});

export function stringField(
  body: Record<string, unknown>,
  key: string,
  { required = false, nonEmpty = required }: { required?: boolean; nonEmpty?: boolean } = {},
): Field<string | undefined> {
  const value = body[key];
  if (value === undefined || value === null) {
    return required ? fail(`${key} is missing`) : { ok: true, value: undefined };
  }
  if (typeof value !== 'string') return fail(`${key} must be a string`);
  if (nonEmpty && value.trim() === '') return fail(`${key} must not be empty`);
  return { ok: true, value };
}

export function booleanField(
  body: Record<string, unknown>,
  key: string,
  required = false,
): Field<boolean | undefined> {
  const value = body[key];
  if (value === undefined) return required ? fail(`${key} is missing`) : { ok: true, value };
  if (typeof value !== 'boolean') return fail(`${key} must be true or false`);
  return { ok: true, value };
}

export function integerField(
  body: Record<string, unknown>,
  key: string,
  required = false,
): Field<number | undefined> {
  const value = body[key];
  if (value === undefined) return required ? fail(`${key} is missing`) : { ok: true, value };
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return fail(`${key} must be an integer`);
  }
  return { ok: true, value };
}

export function stringListField(
  body: Record<string, unknown>,
  key: string,
): Field<string[] | undefined> {
  const value = body[key];
  if (value === undefined) return { ok: true, value };
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return fail(`${key} must be a list of strings`);
  }
  return { ok: true, value: value as string[] };
}

export function pairListField(
  body: Record<string, unknown>,
  key: string,
): Field<{ name: string; value: string }[] | undefined> {
  const value = body[key];
  if (value === undefined) return { ok: true, value };
  if (
    !Array.isArray(value) ||
    value.some(
      (item) =>
        !isRecord(item) ||
        typeof item.name !== 'string' ||
        item.name === '' ||
        (item.value !== undefined && typeof item.value !== 'string'),
    )
  ) {
    return fail(`${key} must be a list of {name, value}`);
  }
  return {
    ok: true,
    value: (value as { name: string; value?: string }[]).map((item) => ({
      name: item.name,
      value: item.value ?? '',
    })),
  };
}

export const isHttpUrl = (value: string) => /^https?:\/\/[^\s/]+/i.test(value);
