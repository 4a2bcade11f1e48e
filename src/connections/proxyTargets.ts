import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';

export const PROXY_TARGETS_PATH = '/proxy/_targets';

export const proxyTargetsSchema = z.object({
  targets: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      tls: z.enum(['ca', 'skip-verify', 'system']),
    }),
  ),
});

export type ProxyTarget = z.infer<typeof proxyTargetsSchema>['targets'][number];

export function proxyPathFor(id: string): string {
  return `/proxy/${id}`;
}

/** The same-origin proxy's targets; none when this console is served without the proxy. */
export const proxyTargetsQuery = queryOptions({
  queryKey: ['proxy', 'targets'] as const,
  queryFn: async ({ signal }): Promise<ProxyTarget[]> => {
    const response = await fetch(PROXY_TARGETS_PATH, {
      signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return [];
    const parsed = proxyTargetsSchema.safeParse(await response.json().catch(() => null));
    return parsed.success ? parsed.data.targets : [];
  },
  staleTime: 60_000,
  retry: false,
});
