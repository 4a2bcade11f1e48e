import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { networkKeys } from './keys';

export const systemStatusSchema = z.object({
  vns3_version: z.optional(z.string()),
  kernel_version: z.optional(z.string()),
  uptime: z.optional(z.number()),
  loadavg: z.optional(z.array(z.union([z.string(), z.number()]))),
  meminfo: z.optional(z.array(z.string())),
  diskinfo: z.optional(z.array(z.array(z.string()))),
  data: z.optional(z.object({ sysstat: z.optional(z.array(z.array(z.string()))) })),
});

export type SystemStatus = z.infer<typeof systemStatusSchema>;

/** GET /status/system: uptime, load, memory, disk and CPU samples. */
export function systemStatusQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.systemStatus(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path('/status/system'), signal }, systemStatusSchema),
    refetchInterval: 15_000,
  });
}

/** `MemTotal: 3979192 kB` lines → used fraction of memory, or null. */
export function memoryUsed(meminfo: string[] = []): { usedKb: number; totalKb: number } | null {
  const read = (name: string) => {
    const line = meminfo.find((entry) => entry.startsWith(`${name}:`));
    const match = line ? /(\d+)\s*kB/i.exec(line) : null;
    return match?.[1] ? Number(match[1]) : null;
  };
  const total = read('MemTotal');
  const free = read('MemAvailable') ?? read('MemFree');
  if (total === null || free === null || total === 0) return null;
  return { usedKb: total - free, totalKb: total };
}

/** The root filesystem's row of `df -h` output: size, used and use%. */
export function rootDisk(diskinfo: string[][] = []) {
  const row = diskinfo.find((columns) => columns[5] === '/') ?? diskinfo[1];
  if (!row || row.length < 5) return null;
  return { size: row[1] ?? '', used: row[2] ?? '', percent: row[4] ?? '' };
}

/** CPU busy percentage from the latest sysstat `%idle` sample. */
export function cpuBusy(sysstat: string[][] = []): number | null {
  const idle = sysstat.filter((row) => row[4] === '%idle').at(-1)?.[5];
  if (idle === undefined || !Number.isFinite(Number(idle))) return null;
  return Math.max(0, Math.min(100, 100 - Number(idle)));
}

/** 266400 → "3 d 2 h 0 min". */
export function formatUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  return [days ? `${days} d` : '', days || hours ? `${hours} h` : '', `${minutes} min`]
    .filter(Boolean)
    .join(' ');
}
