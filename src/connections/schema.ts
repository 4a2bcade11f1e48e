import { z } from 'zod/mini';
import { CONNECTION_KINDS } from './kinds';

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const httpUrl = z.pipe(
  z.string().check(
    z.trim(),
    z.minLength(1, 'Enter the base URL'),
    z.refine((value) => {
      const url = parseUrl(value);
      return (
        url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname
      );
    }, 'Enter a full http:// or https:// URL, e.g. https://appliance.example.net:8443'),
    z.refine((value) => {
      const url = parseUrl(value);
      return !url || (!url.username && !url.password);
    }, 'Do not put credentials in the URL: you sign in separately'),
    z.refine((value) => {
      const url = parseUrl(value);
      return !url || !/[?#]/.test(value);
    }, 'Remove the query string or # part'),
  ),
  z.transform((value) => value.replace(/\/+$/, '')),
);

const proxyPath = z.pipe(
  z.string().check(
    z.trim(),
    z.refine(
      (value) => value === '' || /^\/(?!\/)[A-Za-z0-9._~\-/]*$/.test(value),
      'A proxy path starts with / and uses letters, digits, . _ ~ - and /',
    ),
  ),
  z.transform((value) => value.replace(/\/+$/, '')),
);

/** What the user types in the connection form. */
export const connectionInputSchema = z.object({
  kind: z.enum(CONNECTION_KINDS, { error: 'Choose the kind of backend' }),
  name: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(64, 'Use at most 64 characters')),
  baseUrl: httpUrl,
  proxyPath,
});

export type ConnectionInput = z.input<typeof connectionInputSchema>;
export type ConnectionValues = z.output<typeof connectionInputSchema>;

/** What is persisted: the definition only, never a credential. */
export const connectionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(CONNECTION_KINDS),
  name: z.string(),
  baseUrl: z.string(),
  proxyPath: z.optional(z.string()),
  demo: z.optional(z.boolean()),
  createdAt: z.string(),
});

export type Connection = z.infer<typeof connectionSchema>;

export const storedConnectionsSchema = z.object({
  version: z.literal(1),
  connections: z.array(connectionSchema),
});
