import { z } from 'zod/mini';
import { ipv4Number } from '@/api/vns3/validation';

export const tagFormSchema = z.object({
  key: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a key'),
      z.maxLength(64, 'At most 64 characters'),
      z.regex(/^[A-Za-z0-9_.-]*$/, 'Use letters, digits, _ . or -'),
    ),
  value: z.string().check(z.maxLength(255, 'At most 255 characters')),
});

export type TagFormValues = z.infer<typeof tagFormSchema>;

const optionalIp = (label: string) =>
  z.string().check(
    z.trim(),
    z.refine(
      (value) => value === '' || ipv4Number(value) !== null,
      `${label} must be an IPv4 address, e.g. 100.127.255.193`,
    ),
  );

export const nextAvailableSchema = z
  .object({
    lowIp: optionalIp('Lowest IP'),
    highIp: optionalIp('Highest IP'),
    includeDisabled: z.boolean(),
  })
  .check(
    z.refine(
      ({ lowIp, highIp }) => {
        const low = ipv4Number(lowIp);
        const high = ipv4Number(highIp);
        return low === null || high === null || low <= high;
      },
      { path: ['highIp'], message: 'The highest IP must not be below the lowest' },
    ),
  );

export type NextAvailableValues = z.infer<typeof nextAvailableSchema>;

/** Search over name, overlay IP, client IP and tags. */
export function matchesSearch(
  pack: {
    name: string;
    overlay_ipaddress: string;
    ipaddress?: string | null | undefined;
    tags?: Record<string, string> | null | undefined;
  },
  search: string,
): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    pack.name,
    pack.overlay_ipaddress,
    pack.ipaddress ?? '',
    ...Object.entries(pack.tags ?? {}).map(([key, value]) => `${key}=${value}`),
  ];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}
