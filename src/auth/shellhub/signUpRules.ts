import { z } from 'zod/mini';
import { shellHubPasswordSchema } from './passwordRules';

/** `POST /api/register` as ShellHub 0.17.1 validates it (the same rules as the profile). */
export const signUpSchema = z
  .object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Enter your name'),
        z.maxLength(64, 'Use at most 64 characters'),
      ),
    email: z
      .string()
      .check(
        z.trim(),
        z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an e-mail address like name@example.com'),
      ),
    username: z
      .string()
      .check(
        z.regex(/^[a-zA-Z0-9-_.@]{3,30}$/, 'Use 3 to 30 letters, digits or - _ . @ (no spaces)'),
      ),
    password: shellHubPasswordSchema,
    confirm: z.string(),
    email_marketing: z.boolean(),
  })
  .check(
    z.refine((values) => values.password === values.confirm, {
      path: ['confirm'],
      message: 'The passwords do not match',
    }),
  );
export type SignUpValues = z.infer<typeof signUpSchema>;

/** The e-mail and token of the confirmation link (`…/validation_account?email=…&token=…`). */
export function parseConfirmationLink(text: string): { email: string; token: string } | null {
  try {
    const url = new URL(text.trim());
    const email = url.searchParams.get('email');
    const token = url.searchParams.get('token');
    return email && token ? { email, token } : null;
  } catch {
    return null;
  }
}

/** The user id of the e-mailed MFA-reset link (`…/reset-mfa?id=…`). */
export function parseMfaResetLink(text: string): string | null {
  try {
    return new URL(text.trim()).searchParams.get('id') || null;
  } catch {
    return null;
  }
}

/** `POST /api/setup`: the seed's first-run admin (name 3–20 characters; no marketing choice). */
export const setupSchema = z
  .object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(3, 'Use at least 3 characters'),
        z.maxLength(20, 'Use at most 20 characters'),
      ),
    email: signUpSchema.shape.email,
    username: signUpSchema.shape.username,
    password: shellHubPasswordSchema,
    confirm: z.string(),
  })
  .check(
    z.refine((values) => values.password === values.confirm, {
      path: ['confirm'],
      message: 'The passwords do not match',
    }),
  );
export type SetupValues = z.infer<typeof setupSchema>;
