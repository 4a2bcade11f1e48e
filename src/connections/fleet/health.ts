import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { parseBody, parseWith } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import type { ConnectionKind } from '../kinds';

/** What a kind's health endpoint says, in a few words for a fleet card. */
export interface Health {
  version?: string;
  figure: string;
}

const jidotekiHealthSchema = z.object({
  disk: z.object({ percentage: z.coerce.number() }),
  memory: z.object({ percentage: z.coerce.number() }),
  cpu: z.object({ load: z.string() }),
});

const vns3SystemSchema = z.object({
  vns3_version: z.optional(z.string()),
  uptime: z.optional(z.number()),
  loadavg: z.optional(z.array(z.union([z.string(), z.number()]))),
});

const shellHubInfoSchema = z.object({
  version: z.string(),
  endpoints: z.optional(z.object({ ssh: z.optional(z.string()) })),
});

const evonPingSchema = z.object({ message: z.string() });

const deviceListSchema = z.array(z.unknown());

/** 266400 → "3 d 2 h"; 3700 → "1 h 1 min"; the two largest units are enough on a card. */
export function shortUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min`;
}

export function jidotekiFigure(health: z.infer<typeof jidotekiHealthSchema>): string {
  const load = health.cpu.load.split(',')[0]?.trim() || '?';
  return `Load ${load} · memory ${health.memory.percentage} % · disk ${health.disk.percentage} %`;
}

export function vns3Figure(status: z.infer<typeof vns3SystemSchema>): string {
  const parts: string[] = [];
  if (status.uptime !== undefined) parts.push(`Up ${shortUptime(status.uptime)}`);
  const load = status.loadavg?.[0];
  if (load !== undefined) parts.push(`load ${load}`);
  return parts.join(' · ') || 'System status answered';
}

/**
 * The device count from a `limit=1` page: its `rel="last"` link has offset count − 1.
 * Null when the server sent no usable link.
 */
export function deviceCount(link: string | null, pageLength: number): number | null {
  if (pageLength === 0) return 0;
  const last = link
    ?.split(',')
    .find((part) => /rel="?last"?/.test(part))
    ?.match(/<([^>]*)>/)?.[1];
  if (!last) return null;
  const offset = Number(new URL(last, 'http://link.invalid').searchParams.get('offset'));
  return Number.isInteger(offset) && offset >= 0 ? offset + 1 : null;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Each kind's health endpoint, as the fleet overview asks it (issue #9). */
export const HEALTH_CHECKS: Record<
  ConnectionKind,
  (client: HttpClient, signal?: AbortSignal) => Promise<Health>
> = {
  // GET /api/v1/admin/health: disk, memory and CPU load.
  jidoteki: async (client, signal) => ({
    figure: jidotekiFigure(
      await client.json({ path: jidotekiPath('health'), signal }, jidotekiHealthSchema),
    ),
  }),
  // GET /status/system: licence-gated (403 PrerequisiteError on an unlicensed controller).
  vns3: async (client, signal) => {
    const status = await vns3Json(
      client,
      { path: vns3Path('/status/system'), signal },
      vns3SystemSchema,
    );
    return {
      figure: vns3Figure(status),
      ...(status.vns3_version ? { version: status.vns3_version } : {}),
    };
  },
  // GET /info: no credential needed.
  shellhub: async (client, signal) => {
    const info = await client.json({ path: '/info', signal }, shellHubInfoSchema);
    const ssh = info.endpoints?.ssh;
    return {
      version: info.version.replace(/^v/, ''),
      figure: ssh ? `SSH at ${ssh}` : 'Info answered',
    };
  },
  // GET /api/ping: any authenticated user.
  evon: async (client, signal) => {
    const { message } = await client.json({ path: '/api/ping', signal }, evonPingSchema);
    return { figure: `Ping answered “${message}”` };
  },
  // The cheapest authenticated read: one device, whose Link header tells the total.
  devicegw: async (client, signal) => {
    const response = await client.send({ path: '/v1/devices', query: { limit: '1' }, signal });
    const page = parseWith(deviceListSchema, await parseBody(response), 'GET /v1/devices');
    const count = deviceCount(response.headers.get('Link'), page.length);
    const version = response.headers.get('x-version')?.replace(/^v/, '');
    return {
      figure: count === null ? 'Devices answered' : plural(count, 'device'),
      ...(version ? { version } : {}),
    };
  },
};
