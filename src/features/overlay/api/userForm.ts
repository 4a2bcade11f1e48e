import { z } from 'zod/mini';
import type { User } from './resources';

const USERNAME = /^[\w.@+-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Django's User rules: username ≤150 of letters, digits and @/./+/-/_; names ≤150; an email. */
export const userFields = {
  username: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a username'),
      z.maxLength(150, 'Use at most 150 characters'),
      z.regex(USERNAME, 'Use letters, digits and @ . + - _ only'),
    ),
  first_name: z.string().check(z.maxLength(150, 'Use at most 150 characters')),
  last_name: z.string().check(z.maxLength(150, 'Use at most 150 characters')),
  email: z.string().check(
    z.trim(),
    z.maxLength(254, 'Use at most 254 characters'),
    z.refine((value) => value === '' || EMAIL.test(value), 'Enter a valid email address'),
  ),
  is_superuser: z.boolean(),
  is_active: z.boolean(),
  groups: z.array(z.number()),
  user_permissions: z.array(z.number()),
};

export const passwordFields = {
  password: z
    .string()
    .check(z.minLength(1, 'Enter a password'), z.maxLength(128, 'Use at most 128 characters')),
  confirm: z.string(),
};

const passwordsMatch = z.refine<{ password: string; confirm: string }>(
  (values) => values.password === values.confirm,
  { path: ['confirm'], message: 'The passwords do not match' },
);

export const newUserSchema = z.object({ ...userFields, ...passwordFields }).check(passwordsMatch);
export const editUserSchema = z.object(userFields);
export const passwordSchema = z.object(passwordFields).check(passwordsMatch);

export type NewUserValues = z.infer<typeof newUserSchema>;
export type EditUserValues = z.infer<typeof editUserSchema>;

export const USER_FORM_FIELDS = [
  'username',
  'password',
  'first_name',
  'last_name',
  'email',
  'is_superuser',
  'is_active',
  'groups',
  'user_permissions',
] as const;

export function userDefaults(user: User | null): EditUserValues {
  return {
    username: user?.username ?? '',
    first_name: user?.first_name ?? '',
    last_name: user?.last_name ?? '',
    email: user?.email ?? '',
    is_superuser: user?.is_superuser ?? false,
    is_active: user?.is_active ?? true,
    groups: user?.groups ?? [],
    user_permissions: user?.user_permissions ?? [],
  };
}
