import { z } from 'zod/mini';

/** ShellHub's namespace name: 1–30 characters, `^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`. */
export const NAMESPACE_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
/** API key names: 3–20 of `[a-zA-Z0-9_-]`, unique per namespace. */
export const API_KEY_NAME = /^[a-zA-Z0-9_-]{3,20}$/;
export const ANNOUNCEMENT_MAX = 4096;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const namespaceNameSchema = z
  .string()
  .check(
    z.minLength(1, 'Enter a name'),
    z.maxLength(30, 'At most 30 characters'),
    z.regex(
      NAMESPACE_NAME,
      'Lowercase letters, digits and hyphens; start and end with a letter or digit',
    ),
  );

export const namespaceFormSchema = z.object({ name: namespaceNameSchema });
export type NamespaceFormValues = z.infer<typeof namespaceFormSchema>;

export const announcementFormSchema = z.object({
  connection_announcement: z
    .string()
    .check(z.maxLength(ANNOUNCEMENT_MAX, `At most ${ANNOUNCEMENT_MAX} characters`)),
});

export const INVITABLE_ROLES = ['administrator', 'operator', 'observer'] as const;
export const KEY_ROLES = ['owner', 'administrator', 'operator', 'observer'] as const;

export const inviteFormSchema = z.object({
  email: z
    .string()
    .check(
      z.minLength(1, 'Enter an e-mail address'),
      z.regex(EMAIL, 'Enter a valid e-mail address'),
    ),
  role: z.enum(INVITABLE_ROLES, 'Choose a role'),
});
export type InviteFormValues = z.infer<typeof inviteFormSchema>;

export const API_KEY_EXPIRY = [
  { value: '30', label: '30 days' },
  { value: '60', label: '60 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: '-1', label: 'Never' },
] as const;

export const apiKeyFormSchema = z.object({
  name: z
    .string()
    .check(
      z.minLength(3, 'At least 3 characters'),
      z.maxLength(20, 'At most 20 characters'),
      z.regex(/^[a-zA-Z0-9_-]*$/, 'Only letters, digits, underscores and hyphens'),
    ),
  expires: z.enum(['30', '60', '90', '365', '-1'], 'Choose when the key expires'),
  role: z.enum(KEY_ROLES, 'Choose a role'),
});
export type ApiKeyFormValues = z.infer<typeof apiKeyFormSchema>;
