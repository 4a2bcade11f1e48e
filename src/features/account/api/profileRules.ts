import { z } from 'zod/mini';

/** ShellHub 0.17.1's documented rules for `PATCH /api/users`. */
export const usernameSchema = z
  .string()
  .check(z.regex(/^[a-zA-Z0-9-_.@]{3,30}$/, 'Use 3 to 30 letters, digits or - _ . @ (no spaces)'));

export const emailSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an e-mail address like name@example.com'),
  );

export const nameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Enter your name'), z.maxLength(64, 'Use at most 64 characters'));

export const profileSchema = z
  .object({
    name: nameSchema,
    username: usernameSchema,
    email: emailSchema,
    recovery_email: z.union([z.literal(''), emailSchema]),
  })
  .check(
    z.refine(
      (values) =>
        values.recovery_email === '' ||
        values.recovery_email.toLowerCase() !== values.email.toLowerCase(),
      { path: ['recovery_email'], message: 'Use an address other than your e-mail' },
    ),
  );

export type ProfileValues = z.infer<typeof profileSchema>;
