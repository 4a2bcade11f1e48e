import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';
import { isCidr, isPortSpec } from './ruleSyntax';

export const FWSET_TYPES = ['net', 'list', 'service', 'port'] as const;
export type FwsetType = (typeof FWSET_TYPES)[number];

const fwsetSchema = z.object({
  name: z.string(),
  type: z.string(),
  description: z.optional(z.nullable(z.string())),
  size: z.optional(z.number()),
  entries: z.array(z.object({ entry: z.string(), comment: z.optional(z.nullable(z.string())) })),
});

export type Fwset = z.infer<typeof fwsetSchema>;

const fwsetPath = (name: string) => `/v2/firewall/fwsets/${encodeURIComponent(name)}`;

export function fwsetsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.fwsets(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path('/v2/firewall/fwsets'), signal }, z.array(fwsetSchema)),
  });
}

/** What the controller accepts as an entry of each set type. */
export function fwsetEntryMessage(type: string, entry: string): string | null {
  const value = entry.trim();
  if (value === '') return 'Enter an entry';
  if (type === 'net' && !isCidr(value)) return 'Enter an IPv4 address or CIDR, e.g. 10.0.0.0/24';
  if (type === 'port' && !isPortSpec(value))
    return 'Enter a port 1–65535 or a range like 8000:8080';
  if (type === 'service') {
    const match = /^(tcp|udp|sctp):(.+)$/.exec(value);
    if (!match?.[2] || !isPortSpec(match[2])) return 'Enter protocol:port, e.g. tcp:443';
  }
  return null;
}

export function createFwset(
  client: HttpClient,
  set: { name: string; type: FwsetType; description: string },
) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path('/v2/firewall/fwsets'), body: { ...set, entries: [] } },
    fwsetSchema,
  );
}

export async function deleteFwset(client: HttpClient, name: string) {
  await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(fwsetPath(name)), query: { force: 'true' } },
    z.unknown(),
  );
}

export function addFwsetEntry(
  client: HttpClient,
  name: string,
  entry: { entry: string; comment: string },
) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path(`${fwsetPath(name)}/entries`), body: { ...entry } },
    fwsetSchema,
  );
}

/** DELETE …/entries with the entry in a JSON body. */
export function removeFwsetEntry(client: HttpClient, name: string, entry: string) {
  return vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(`${fwsetPath(name)}/entries`), body: { entry } },
    fwsetSchema,
  );
}

/** PUT …/fwsets/{name}: renames (a new URI) and replaces the description and every entry. */
export function updateFwset(
  client: HttpClient,
  name: string,
  set: { name: string; description: string; entries: { entry: string; comment: string }[] },
) {
  return vns3Json(
    client,
    { method: 'PUT', path: vns3Path(fwsetPath(name)), body: { ...set } },
    fwsetSchema,
  );
}

/** GET …/fwsets/{name}: one set, read fresh when an edit starts. */
export function fwsetQuery(connectionId: string, client: HttpClient, name: string) {
  return queryOptions({
    queryKey: firewallKeys.fwset(connectionId, name),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path(fwsetPath(name)), signal }, fwsetSchema),
  });
}
