import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route, Vns3RouteContext } from '../routes.ts';
import { V1_SUBGROUP_PREFIXES, isCidr, isPortSpec, isV1Chain, ruleError } from './ruleSyntax.ts';
import type { FirewallState } from './state.ts';

type Kind = 'subgroup' | 'fwset';
const FWSET_PREFIXES = ['NETS_', 'PORTS_', 'LIST_'];
const NAME_REST = /^[A-Z0-9_]+$/;

const nameOf = (line: string) => line.trim().split(/\s+/)[0] ?? '';

function nameError(kind: Kind, name: string): string | null {
  const prefixes = kind === 'subgroup' ? V1_SUBGROUP_PREFIXES : FWSET_PREFIXES;
  const prefix = prefixes.find((item) => name.startsWith(item));
  if (!prefix || !NAME_REST.test(name.slice(prefix.length))) {
    return `name must start with ${prefixes.join(', ')} followed by capitals, digits or _`;
  }
  return null;
}

function lineError(kind: Kind, name: string, line: string): string | null {
  if (nameOf(line) !== name) return `Each rule must begin with ${name}`;
  if (kind === 'subgroup') return ruleError(line, isV1Chain);
  const entry = line.trim().split(/\s+/).slice(1).join(' ');
  if (entry === '') return `${name} needs an entry after its name`;
  if (name.startsWith('NETS_') && !isCidr(entry)) return `Invalid network entry: ${entry}`;
  if (name.startsWith('PORTS_') && !isPortSpec(entry)) return `Invalid port entry: ${entry}`;
  return null;
}

const listOf = (state: FirewallState, kind: Kind) =>
  kind === 'subgroup' ? state.v1Subgroups : state.v1Fwsets;

function setList(state: FirewallState, kind: Kind, lines: string[]) {
  if (kind === 'subgroup') state.v1Subgroups = lines;
  else state.v1Fwsets = lines;
}

function routes(kind: Kind, pattern: string): Vns3Route[] {
  return [
    {
      method: 'GET',
      pattern,
      gate: 'license',
      handle: ({ state, url }: Vns3RouteContext) => {
        const name = url.searchParams.get('name');
        const lines = listOf(state.firewall, kind).filter((line) => !name || nameOf(line) === name);
        // The verbose subgroup view pairs each line with its position in its own chain.
        if (kind === 'subgroup' && url.searchParams.get('verbose') === 'true') {
          const seen = new Map<string, number>();
          return vns3Response(
            lines.map((line) => {
              const position = seen.get(nameOf(line)) ?? 0;
              seen.set(nameOf(line), position + 1);
              return [line, position];
            }),
          );
        }
        return vns3Response(lines);
      },
    },
    {
      method: 'POST',
      pattern,
      gate: 'license',
      handle: async ({ state, request }: Vns3RouteContext) => {
        const body = await readJsonObject(request);
        if (!body.ok) return body.outcome;
        const { name, rules, flush } = body.value;
        if (typeof name !== 'string') return badRequest('name is required');
        const invalidName = nameError(kind, name);
        if (invalidName) return badRequest(invalidName);
        if (typeof rules !== 'string') return badRequest('rules is required');
        const lines = rules
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        for (const line of lines) {
          const error = lineError(kind, name, line);
          if (error) return badRequest(error);
        }
        const kept = listOf(state.firewall, kind).filter(
          (line) => flush !== true || nameOf(line) !== name,
        );
        setList(state.firewall, kind, [...kept, ...lines]);
        const saved = listOf(state.firewall, kind).filter((line) => nameOf(line) === name);
        return vns3Response({ status: 'ok', rules: saved.join('\n') });
      },
    },
    {
      method: 'PUT',
      pattern,
      gate: 'license',
      handle: async ({ request }: Vns3RouteContext) => {
        const body = await readJsonObject(request);
        if (!body.ok) return body.outcome;
        if (body.value.reinitialize !== true) return badRequest('reinitialize must be true');
        return vns3Response({ status: 'reinitialized' });
      },
    },
    {
      method: 'DELETE',
      pattern,
      gate: 'license',
      handle: async ({ state, request }: Vns3RouteContext) => {
        const body = await readJsonObject(request);
        if (!body.ok) return body.outcome;
        const { name, rules } = body.value;
        const current = listOf(state.firewall, kind);
        let remaining: string[];
        if (typeof rules === 'string' && rules.trim() !== '') {
          const remove = new Set(rules.split('\n').map((line) => line.trim()));
          remaining = current.filter((line) => !remove.has(line));
        } else if (typeof name === 'string' && name !== '') {
          remaining = current.filter((line) => nameOf(line) !== name);
        } else {
          return badRequest('name or rules is required');
        }
        if (remaining.length === current.length) {
          return notFound(kind === 'subgroup' ? 'Subgroup not found' : 'Fwset not found');
        }
        setList(state.firewall, kind, remaining);
        return vns3Response({ status: 'ok' });
      },
    },
  ];
}

export const v1SetRoutes: Vns3Route[] = [
  ...routes('subgroup', '/firewall/rules/subgroup'),
  ...routes('fwset', '/firewall/fwsets'),
];
