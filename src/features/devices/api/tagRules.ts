import { z } from 'zod/mini';

/** Mirrors the server: 3–255 letters or digits. */
export const tagNameSchema = z
  .string()
  .check(
    z.minLength(3, 'A tag has at least 3 characters'),
    z.maxLength(255, 'A tag has at most 255 characters'),
    z.regex(/^[a-zA-Z0-9]*$/, 'Use only letters and digits'),
  );

export const MAX_DEVICE_TAGS = 3;

/** Device names: a hostname label of letters, digits and inner hyphens (1–64). */
export const deviceNameSchema = z
  .string()
  .check(
    z.minLength(1, 'Enter a name'),
    z.maxLength(64, 'At most 64 characters'),
    z.regex(
      /^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)?$/,
      'Use letters, digits and hyphens, not at the start or end',
    ),
  );
