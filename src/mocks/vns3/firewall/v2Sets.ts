import { isCidr, isPortSpec, isV2Chain, ruleError } from './ruleSyntax.ts';
import { isRecord } from '../http.ts';
import type { FirewallState, V2Fwset, V2Subtable } from './state.ts';
import { resolveRule } from './v2Rules.ts';

export const iso = (ms: number) => new Date(ms).toISOString();
export const NAME = /^[A-Za-z0-9_-]{1,64}$/;
export const FWSET_TYPES = ['net', 'list', 'service', 'port'] as const;

export function serializeGroup(state: FirewallState, name: string) {
  const rules = state.v2Rules.filter((rule) => rule.groups.includes(name)).map((rule) => rule.id);
  return {
    name,
    description: state.groups.get(name)?.description ?? '',
    rules,
    size: rules.length,
  };
}

export function fwsetEntryError(type: V2Fwset['type'], entry: string): string | null {
  if (entry.trim() === '') return 'entry is required';
  if (type === 'net' && !isCidr(entry)) return `Invalid network entry: ${entry}`;
  if (type === 'port' && !isPortSpec(entry)) return `Invalid port entry: ${entry}`;
  if (type === 'service' && !/^(tcp|udp|sctp):\d{1,5}(:\d{1,5})?$/.test(entry)) {
    return `Invalid service entry (use tcp:443): ${entry}`;
  }
  if (type === 'service' && !isPortSpec(entry.slice(entry.indexOf(':') + 1))) {
    return `Invalid service entry (use tcp:443): ${entry}`;
  }
  return null;
}

export function serializeFwset(name: string, set: V2Fwset) {
  return {
    name,
    type: set.type,
    description: set.description,
    size: set.entries.length,
    created_at: iso(set.createdAt),
    updated_at: iso(set.updatedAt),
    entries: set.entries.map((entry) => ({
      entry: entry.entry,
      comment: entry.comment,
      entry_resolved: entry.entry,
      last_resolved: iso(entry.createdAt),
      created_at: iso(entry.createdAt),
    })),
  };
}

export function serializeSubtable(state: FirewallState, name: string, table: V2Subtable) {
  return {
    name,
    type: table.type,
    description: table.description,
    size: table.rules.length,
    created_at: iso(table.createdAt),
    updated_at: iso(table.updatedAt),
    rules: table.rules.map((rule, position) => ({
      id: rule.id,
      rule: rule.rule,
      rule_resolved: resolveRule(state, rule.rule).resolved,
      position,
      comment: rule.comment,
      disabled: rule.disabled,
      os_rules: [],
    })),
  };
}

/** Subtable rules have no chain of their own: they are checked as rules of the main table. */
export function subtableRuleError(state: FirewallState, type: string, rule: string): string | null {
  const { resolved, unknown } = resolveRule(state, rule);
  if (unknown.length > 0) return `Unknown variable \${${unknown[0] ?? ''}}`;
  return ruleError(`${type.toUpperCase()} ${resolved}`, isV2Chain);
}

export function parseEntries(value: unknown): { entry: string; comment: string }[] | null {
  if (value === undefined) return [];
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => ({ entry, comment: '' }));
  }
  if (!Array.isArray(value)) return null;
  const entries: { entry: string; comment: string }[] = [];
  for (const item of value) {
    if (typeof item === 'string') entries.push({ entry: item, comment: '' });
    else if (
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { entry?: unknown }).entry === 'string'
    ) {
      const { entry, comment } = item as { entry: string; comment?: unknown };
      entries.push({ entry, comment: typeof comment === 'string' ? comment : '' });
    } else return null;
  }
  return entries;
}

/** The rules of a subtable POST or PUT, ordered by `position`; a message when one is invalid. */
export function parseSubtableRules(
  state: FirewallState,
  type: string,
  value: unknown,
): Omit<V2Subtable['rules'][number], 'id'>[] | string {
  if (!Array.isArray(value)) return 'rules must be a list of {rule, position}';
  const items: { rule: string; position: number; comment: string; disabled: boolean }[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.rule !== 'string' || item.rule.trim() === '') {
      return 'Each rule needs rule and position';
    }
    if (typeof item.position !== 'number' || !Number.isInteger(item.position)) {
      return 'Each rule needs rule and position';
    }
    const error = subtableRuleError(state, type, item.rule);
    if (error) return error;
    items.push({
      rule: item.rule.trim(),
      position: item.position,
      comment: typeof item.comment === 'string' ? item.comment : '',
      disabled: item.disabled === true,
    });
  }
  return items
    .sort((a, b) => a.position - b.position)
    .map(({ rule, comment, disabled }) => ({ rule, comment, disabled }));
}
