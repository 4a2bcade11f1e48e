import { z } from 'zod/mini';

/**
 * The appliance validates settings.json fields by allowed characters, then by length, and answers
 * the first failure; these rules mirror that (API doc: "Settings validation").
 */
export interface FieldRule {
  chars: RegExp;
  charsMessage: string;
  min: number;
  max: number;
}

const ALPHANUMERIC = 'letters and digits';

export const RULES = {
  alphanumeric: (min: number, max: number): FieldRule => ({
    chars: /^[a-zA-Z0-9]*$/,
    charsMessage: `Use ${ALPHANUMERIC} only`,
    min,
    max,
  }),
  fqdn: {
    chars: /^[a-zA-Z0-9.-]*$/,
    charsMessage: `Use ${ALPHANUMERIC}, dots (.) and hyphens (-) only`,
    min: 3,
    max: 255,
  },
  ipAddress: {
    chars: /^[a-fA-F0-9.:]*$/,
    charsMessage: 'Use digits, a–f, dots (.) and colons (:) only',
    min: 3,
    max: 45,
  },
  netmask: {
    chars: /^[a-fA-F0-9.:/]*$/,
    charsMessage: 'Use digits, a–f, dots (.), colons (:) and slashes (/) only',
    min: 2,
    max: 45,
  },
  ntpServer: {
    chars: /^[a-zA-Z0-9.:-]*$/,
    charsMessage: `Use ${ALPHANUMERIC}, dots (.), hyphens (-) and colons (:) only`,
    min: 3,
    max: 255,
  },
  path: {
    chars: /^[a-zA-Z0-9._/-]*$/,
    charsMessage: `Use ${ALPHANUMERIC}, dots (.), hyphens (-), underscores (_) and slashes (/) only`,
    min: 3,
    max: 255,
  },
  mountOptions: {
    chars: /^[a-zA-Z0-9.=,-]*$/,
    charsMessage: `Use ${ALPHANUMERIC}, dots (.), hyphens (-), equals signs (=) and commas (,) only`,
    min: 3,
    max: 255,
  },
  iscsiTarget: {
    chars: /^[a-zA-Z0-9._:-]*$/,
    charsMessage: `Use ${ALPHANUMERIC}, dots (.), hyphens (-), underscores (_) and colons (:) only`,
    min: 3,
    max: 255,
  },
  printable: {
    chars: /^[\x21-\x7e]*$/,
    charsMessage: 'Use printable ASCII characters only: no spaces, accents or emoji',
    min: 3,
    max: 255,
  },
  port: {
    chars: /^[0-9._/-]*$/,
    charsMessage: 'Use digits, dots (.), hyphens (-), underscores (_) and slashes (/) only',
    min: 1,
    max: 5,
  },
} satisfies Record<string, FieldRule | ((min: number, max: number) => FieldRule)>;

/** The first problem with `value` under `rule`, or null; an empty optional value is fine. */
export function checkField(
  value: string,
  rule: FieldRule,
  required: string | false,
): string | null {
  if (value === '') return required || null;
  if (!rule.chars.test(value)) return rule.charsMessage;
  if (value.length < rule.min || value.length > rule.max) {
    return `Use ${rule.min} to ${rule.max} characters (this has ${value.length})`;
  }
  return null;
}

/** Adds one issue per field from a map of field → message (null: no problem). */
export function reportIssues<T>(
  issues: Record<string, string | null | undefined>,
  ctx: z.core.$RefinementCtx<T>,
) {
  for (const [field, message] of Object.entries(issues)) {
    if (message) ctx.addIssue({ code: 'custom', path: [field], message });
  }
}

/**
 * The field a 400's `Error-Message` names, e.g. "Invalid string length for option: interface.
 * Allowed: >= 3 and <= 14" → `interface`, when it is one of `fields`.
 */
export function fieldOfServerMessage<F extends string>(
  message: string,
  fields: readonly F[],
): F | undefined {
  const option = /option: ([A-Za-z0-9_]+)/.exec(message)?.[1];
  return fields.find((field) => field === option);
}

/** Settings values read back from the appliance may be numbers; forms work with text. */
export function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
