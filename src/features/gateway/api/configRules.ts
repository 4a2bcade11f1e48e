import { z } from 'zod/mini';
import type { ConfigLevel } from './configPath';
import type { ConfigFile, ConfigFileSet } from './schemas';

export const FIOCTL_FILE = 'z-50-fioctl.toml';
// The server's pattern; `.-:` is a range (. / 0–9 :), as in its source.
const REASON = /^[a-zA-Z0-9_ ,.-:;'"]*$/;

const fileSchema = z.object({
  name: z
    .string()
    .check(
      z.minLength(1, 'Enter a file name'),
      z.regex(/^[^/\\]+$/, 'A file name cannot contain / or \\'),
    ),
  value: z.string(),
  unencrypted: z.boolean(),
  onChanged: z.string(),
});

export function configFormSchema(level: ConfigLevel['level']) {
  return z
    .object({
      files: z.array(fileSchema),
      reason: z
        .string()
        .check(
          z.maxLength(200, 'At most 200 characters'),
          z.regex(REASON, 'Use letters, digits, spaces and _ , . - : ; \' " only'),
        ),
    })
    .check(
      z.superRefine((values, context) => {
        const seen = new Set<string>();
        values.files.forEach((file, index) => {
          if (seen.has(file.name)) {
            context.addIssue({
              code: 'custom',
              path: ['files', index, 'name'],
              message: 'Another file above has this name',
            });
          }
          seen.add(file.name);
          if (level === 'factory' && file.name === FIOCTL_FILE) {
            context.addIssue({
              code: 'custom',
              path: ['files', index, 'name'],
              message: `${FIOCTL_FILE} is not allowed in the factory config`,
            });
          }
        });
      }),
    );
}

export type ConfigForm = z.infer<ReturnType<typeof configFormSchema>>;

export function toConfigForm(set: ConfigFileSet | null): ConfigForm {
  return {
    files: Object.entries(set?.Files ?? {}).map(([name, file]) => ({
      name,
      value: file.Value,
      unencrypted: file.Unencrypted ?? false,
      onChanged: (file.OnChanged ?? []).join(' '),
    })),
    reason: '',
  };
}

/** The JSON the server takes: unknown fields are rejected, so only Files and Reason. */
export function toConfigBody(form: ConfigForm): {
  Files: Record<string, ConfigFile>;
  Reason: string;
} {
  const files: Record<string, ConfigFile> = {};
  for (const file of form.files) {
    const command = file.onChanged.trim().split(/\s+/).filter(Boolean);
    files[file.name] = {
      Value: file.value,
      ...(file.unencrypted ? { Unencrypted: true } : {}),
      ...(command.length ? { OnChanged: command } : {}),
    };
  }
  return { Files: files, Reason: form.reason };
}
