import { z } from 'zod/mini';

export const TAG = /^[a-zA-Z0-9_.+-]+$/;
export const ROLLOUT_NAME = /^[a-zA-Z0-9_.-]+$/;

const optionalMatch = (pattern: RegExp, message: string) =>
  z.string().check(z.refine((value) => value === '' || pattern.test(value), message));

export const uploadUpdateSchema = z.object({
  tag: z
    .string()
    .check(z.minLength(1, 'Enter a tag'), z.regex(TAG, 'Use letters, digits, _ . + or -')),
  name: z
    .string()
    .check(z.minLength(1, 'Enter an update name'), z.regex(TAG, 'Use letters, digits, _ . + or -')),
  version: optionalMatch(/^\d+$/, 'A whole number'),
  targetName: z.string(),
  hardwareId: z.string(),
  ostreeHash: optionalMatch(/^[0-9a-f]{64}$/, '64 lower-case hex characters'),
  apps: optionalMatch(
    /^[^=,\s]+=[0-9a-f]{64}(,[^=,\s]+=[0-9a-f]{64})*$/,
    'name=sha256 pairs separated by commas',
  ),
});

export type UploadUpdateValues = z.infer<typeof uploadUpdateSchema>;

/** The target-override query parameters; empty fields are left out. */
export function overridesOf(values: UploadUpdateValues): Record<string, string | undefined> {
  return {
    version: values.version || undefined,
    name: values.targetName || undefined,
    'hardware-id': values.hardwareId || undefined,
    'ostree-hash': values.ostreeHash || undefined,
    apps: values.apps || undefined,
  };
}

export const rolloutFormSchema = z
  .object({
    name: z
      .string()
      .check(
        z.minLength(1, 'Enter a rollout name'),
        z.regex(ROLLOUT_NAME, 'Use letters, digits, _ . or -'),
      ),
    uuids: z.string(),
    groups: z.array(z.string()),
  })
  .check(
    z.refine((values) => splitList(values.uuids).length > 0 || values.groups.length > 0, {
      path: ['uuids'],
      message: 'Choose at least one device UUID or group',
    }),
  );

export type RolloutFormValues = z.infer<typeof rolloutFormSchema>;

export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}
