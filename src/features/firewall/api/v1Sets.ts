import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';
import { isCidr, isPortSpec, v1RuleMessage } from './ruleSyntax';

export type V1SetKind = 'subgroup' | 'fwset';

const PATHS: Record<V1SetKind, string> = {
  subgroup: '/firewall/rules/subgroup',
  fwset: '/firewall/fwsets',
};
export const V1_PREFIXES: Record<V1SetKind, string[]> = {
  subgroup: ['PRE_C_', 'PST_C_', 'FWD_C_', 'INP_C_', 'OUT_C_'],
  fwset: ['NETS_', 'PORTS_', 'LIST_'],
};

const nameOf = (line: string) => line.trim().split(/\s+/)[0] ?? '';

/** The lines grouped by their leading name, in first-seen order. */
export function groupByName(lines: readonly string[]): { name: string; lines: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const name = nameOf(line);
    groups.set(name, [...(groups.get(name) ?? []), line]);
  }
  return [...groups].map(([name, grouped]) => ({ name, lines: grouped }));
}

/** GET /firewall/rules/subgroup or /firewall/fwsets: lines that begin with their set's name. */
export function v1SetsQuery(connectionId: string, client: HttpClient, kind: V1SetKind) {
  return queryOptions({
    queryKey: firewallKeys.v1Sets(connectionId, kind),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path(PATHS[kind]), signal }, z.array(z.string())),
  });
}

export function v1SetNameMessage(kind: V1SetKind, name: string): string | null {
  const prefix = V1_PREFIXES[kind].find((item) => name.startsWith(item));
  if (!prefix || !/^[A-Z0-9_]+$/.test(name.slice(prefix.length))) {
    return `Start with ${V1_PREFIXES[kind].join(', ')}, then capitals, digits or _`;
  }
  return null;
}

/** Why the controller would refuse one line of a subgroup or fwset, or null. */
export function v1SetLineMessage(kind: V1SetKind, name: string, line: string): string | null {
  if (nameOf(line) !== name) return `Each line must begin with ${name}`;
  if (kind === 'subgroup') return v1RuleMessage(line);
  const entry = line.trim().split(/\s+/).slice(1).join(' ');
  if (entry === '') return `Add an entry after ${name}`;
  if (name.startsWith('NETS_') && !isCidr(entry)) return `${entry} is not an IPv4 address or CIDR`;
  if (name.startsWith('PORTS_') && !isPortSpec(entry)) return `${entry} is not a port or range`;
  return null;
}

export function v1SetLinesMessage(kind: V1SetKind, name: string, text: string): string | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return 'Enter at least one line';
  for (const [index, line] of lines.entries()) {
    const message = v1SetLineMessage(kind, name, line);
    if (message) return `Line ${index + 1}: ${message}`;
  }
  return null;
}

export async function createV1Set(
  client: HttpClient,
  kind: V1SetKind,
  set: { name: string; rules: string },
) {
  await vns3Json(
    client,
    { method: 'POST', path: vns3Path(PATHS[kind]), body: { ...set } },
    z.unknown(),
  );
}

/** DELETE with `{name}` in a JSON body: removes every line of that set. */
export async function deleteV1Set(client: HttpClient, kind: V1SetKind, name: string) {
  await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(PATHS[kind]), body: { name } },
    z.unknown(),
  );
}

/** PUT with `{reinitialize: true}`: reloads every subgroup (or fwset) into the kernel. */
export async function reinitializeV1Sets(client: HttpClient, kind: V1SetKind) {
  await vns3Json(
    client,
    { method: 'PUT', path: vns3Path(PATHS[kind]), body: { reinitialize: true } },
    z.unknown(),
  );
}

/** GET /firewall/rules/subgroup?verbose=true: each line with its position in its chain. */
export function v1SubgroupPositionsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.v1SubgroupPositions(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        { path: vns3Path(PATHS.subgroup), query: { verbose: 'true' }, signal },
        z.array(z.tuple([z.string(), z.number()])),
      ),
  });
}
