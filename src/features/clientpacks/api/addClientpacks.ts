import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { ipv4Number } from '@/api/vns3/validation';

/** The most addresses one request adds (a /22); larger lists are split by the user. */
export const MAX_NEW_PACKS = 1024;

const toIp = (value: number) =>
  [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

export type ParsedIps = { ips: string[] } | { error: string };

/**
 * Addresses separated by commas, spaces or new lines; `a.b.c.d-a.b.c.e` is an inclusive range.
 * The controller takes them as one CSV string (`requested_ips`).
 */
export function parseRequestedIps(text: string): ParsedIps {
  const ips: string[] = [];
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const [first, last, extra] = token.split('-');
    const low = ipv4Number(first ?? '');
    const high = last === undefined ? low : ipv4Number(last);
    if (extra !== undefined || low === null || high === null) {
      return { error: `${token} is not an IPv4 address or a range a.b.c.d-a.b.c.e` };
    }
    if (high < low) return { error: `${token}: the range ends before it starts` };
    if (ips.length + high - low + 1 > MAX_NEW_PACKS) {
      return { error: `At most ${MAX_NEW_PACKS} addresses at a time` };
    }
    for (let value = low; value <= high; value += 1) ips.push(toIp(value));
  }
  if (ips.length === 0) return { error: 'Enter at least one overlay IP address' };
  const repeated = ips.find((ip, index) => ips.indexOf(ip) !== index);
  if (repeated) return { error: `${repeated} is listed twice` };
  return { ips };
}

/** The form's rules; `existing` holds the overlay IPs that already have a pack. */
export const addPacksSchema = (existing: ReadonlySet<string>) =>
  z.object({
    ips: z.string().check(
      z.superRefine((value, context) => {
        const parsed = parseRequestedIps(value);
        const taken = 'ips' in parsed ? parsed.ips.find((ip) => existing.has(ip)) : undefined;
        const message =
          'error' in parsed
            ? parsed.error
            : taken
              ? `${taken} already has a clientpack`
              : undefined;
        if (message) context.addIssue({ code: 'custom', message, input: value });
      }),
    ),
  });

export type AddPacksValues = z.infer<ReturnType<typeof addPacksSchema>>;

/** POST /clientpacks/add_clientpacks: answers a sentence such as "Added 2 clientpacks". */
export function addClientpacks(client: HttpClient, ips: readonly string[]) {
  return vns3Json(
    client,
    {
      method: 'POST',
      path: vns3Path('/clientpacks/add_clientpacks'),
      body: { requested_ips: ips.join(',') },
    },
    z.string(),
  );
}
