import { isV2Chain, ruleError } from './ruleSyntax.ts';
import type { FirewallState, V2Rule } from './state.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export function variableValue(state: FirewallState, name: string): string | undefined {
  return (state.customVariables.get(name) ?? state.systemVariables.get(name))?.value;
}

/** `${name}` replaced by its value; unknown names are reported. */
export function resolveRule(
  state: FirewallState,
  rule: string,
): { resolved: string; unknown: string[] } {
  const unknown: string[] = [];
  const resolved = rule.replace(/\$\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = variableValue(state, name);
    if (value === undefined) unknown.push(name);
    return value ?? whole;
  });
  return { resolved, unknown };
}

export function v2RuleError(state: FirewallState, rule: string): string | null {
  const { resolved, unknown } = resolveRule(state, rule);
  if (unknown.length > 0) return `Unknown variable \${${unknown[0] ?? ''}}`;
  return ruleError(resolved, isV2Chain);
}

export const tableOf = (rule: string) => (rule.trim().split(/\s+/)[0] ?? '').toLowerCase();

export function serializeV2Rule(state: FirewallState, rule: V2Rule, position: number) {
  return {
    id: rule.id,
    rule: rule.rule,
    table: tableOf(rule.rule),
    rule_resolved: resolveRule(state, rule.rule).resolved,
    position,
    comment: rule.comment,
    last_resolved: iso(rule.createdAt),
    disabled: rule.disabled,
    created_at: iso(rule.createdAt),
    groups: rule.groups,
    os_rules: [],
  };
}

export interface V2RuleFilter {
  state?: string | null;
  groups?: string | null;
  tables?: string | null;
}

const csv = (value: string | null | undefined) =>
  value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : null;

export function filteredV2Rules(state: FirewallState, filter: V2RuleFilter) {
  const groups = csv(filter.groups);
  const tables = csv(filter.tables)?.map((table) => table.toLowerCase());
  return state.v2Rules
    .map((rule, position) => ({ rule, position }))
    .filter(
      ({ rule }) =>
        (filter.state !== 'active' || !rule.disabled) &&
        (filter.state !== 'disabled' || rule.disabled) &&
        (!groups || rule.groups.some((group) => groups.includes(group))) &&
        (!tables || tables.includes(tableOf(rule.rule))),
    );
}

export interface ImportedRule {
  rule: string;
  comment: string;
  groups: string[];
  disabled?: boolean;
}

/**
 * Plain text: one rule per line, optionally followed by ` # [group,group] comment`; blank lines
 * and lines starting with `#` are skipped. JSON: one rule object or an array of them.
 */
export function parseImport(text: string): ImportedRule[] | string {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return 'rules is not valid JSON';
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    const rules: ImportedRule[] = [];
    for (const item of items) {
      if (typeof item !== 'object' || item === null) return 'Each JSON rule must be an object';
      const { rule, comment, groups, disabled } = item as Record<string, unknown>;
      if (typeof rule !== 'string') return 'Each JSON rule needs a rule string';
      rules.push({
        rule,
        comment: typeof comment === 'string' ? comment : '',
        groups: Array.isArray(groups)
          ? groups.filter((g): g is string => typeof g === 'string')
          : [],
        ...(typeof disabled === 'boolean' ? { disabled } : {}),
      });
    }
    return rules;
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const hash = line.indexOf(' # ');
      if (hash < 0) return { rule: line, comment: '', groups: [] };
      const rest = line.slice(hash + 3).trim();
      const groupMatch = /^\[([^\]]*)\]\s*/.exec(rest);
      return {
        rule: line.slice(0, hash).trim(),
        comment: groupMatch ? rest.slice(groupMatch[0].length) : rest,
        groups: groupMatch?.[1]
          ? groupMatch[1]
              .split(',')
              .map((group) => group.trim())
              .filter(Boolean)
          : [],
      };
    });
}

export function exportPlaintext(rules: V2Rule[]): string {
  return rules
    .map((rule) => {
      const groups = rule.groups.length > 0 ? `[${rule.groups.join(',')}]` : '';
      const suffix = [groups, rule.comment].filter(Boolean).join(' ');
      return suffix ? `${rule.rule} # ${suffix}` : rule.rule;
    })
    .map((line) => `${line}\n`)
    .join('');
}
