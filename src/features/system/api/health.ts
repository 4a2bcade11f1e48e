import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

const usage = z.object({
  used: z.string(),
  total: z.string(),
  percentage: z.coerce.number(),
});

export const healthSchema = z.object({
  disk: usage,
  memory: usage,
  cpu: z.object({
    num: z.coerce.number(),
    load: z.string(),
    cpu5min: z.coerce.number(),
  }),
});

export type Health = z.infer<typeof healthSchema>;

export function healthQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.health(connectionId),
    queryFn: ({ signal }) => client.json({ path: jidotekiPath('health'), signal }, healthSchema),
    refetchInterval: 30_000,
    refetchIntervalInBackground: false,
  });
}

/** The dashboard's alarm levels: disk ≥ 98 %, memory ≥ 90 %, 5-minute load ≥ cores. */
export function healthAlarms(health: Health) {
  return {
    disk: health.disk.percentage >= 98,
    memory: health.memory.percentage >= 90,
    cpu: health.cpu.num > 0 && health.cpu.cpu5min >= health.cpu.num,
  };
}
