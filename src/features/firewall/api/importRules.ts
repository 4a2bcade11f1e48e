import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { v2RuleMessage } from './ruleSyntax';
import { v2RuleSchema } from './v2Rules';

export interface ImportedRule {
  rule: string;
  comment: string;
  groups: string[];
  disabled?: boolean;
}

export interface ParsedImport {
  rules: ImportedRule[];
  /** 1-based line (plain text) or item (JSON) number and why it is refused. */
  problems: { at: number; message: string }[];
}

function parseJson(text: string): ParsedImport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { rules: [], problems: [{ at: 1, message: 'Not valid JSON' }] };
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const result: ParsedImport = { rules: [], problems: [] };
  items.forEach((item: unknown, index) => {
    const record =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : null;
    if (!record || typeof record.rule !== 'string') {
      result.problems.push({ at: index + 1, message: 'Each item needs a "rule" string' });
      return;
    }
    const groups = Array.isArray(record.groups)
      ? record.groups.filter((group): group is string => typeof group === 'string')
      : [];
    result.rules.push({
      rule: record.rule.trim(),
      comment: typeof record.comment === 'string' ? record.comment : '',
      groups,
      ...(typeof record.disabled === 'boolean' ? { disabled: record.disabled } : {}),
    });
  });
  return result;
}

/**
 * The controller's import formats: JSON (one rule object or an array, as exported), or one
 * rule per line with an optional ` # [group,group] comment`; blank and `#` lines are skipped.
 */
export function parseImportText(text: string): ParsedImport {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return parseJson(trimmed);
  const rules: ImportedRule[] = [];
  text.split('\n').forEach((raw) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const hash = line.indexOf(' # ');
    if (hash < 0) {
      rules.push({ rule: line, comment: '', groups: [] });
      return;
    }
    const rest = line.slice(hash + 3).trim();
    const groupMatch = /^\[([^\]]*)\]\s*/.exec(rest);
    rules.push({
      rule: line.slice(0, hash).trim(),
      comment: groupMatch ? rest.slice(groupMatch[0].length) : rest,
      groups: (groupMatch?.[1] ?? '')
        .split(',')
        .map((group) => group.trim())
        .filter(Boolean),
    });
  });
  return { rules, problems: [] };
}

/** Parses and checks every rule against the controller's syntax; problems name the line. */
export function checkImport(text: string, variables: ReadonlyMap<string, string>): ParsedImport {
  const parsed = parseImportText(text);
  if (parsed.problems.length > 0) return parsed;
  const lineNumbers =
    text.trim().startsWith('[') || text.trim().startsWith('{')
      ? parsed.rules.map((_, index) => index + 1)
      : text
          .split('\n')
          .map((line, index) => ({ line: line.trim(), number: index + 1 }))
          .filter(({ line }) => line !== '' && !line.startsWith('#'))
          .map(({ number }) => number);
  const problems = parsed.rules.flatMap((rule, index) => {
    const message = v2RuleMessage(rule.rule, variables);
    return message ? [{ at: lineNumbers[index] ?? index + 1, message }] : [];
  });
  return { rules: parsed.rules, problems };
}

export interface RuleDiff {
  added: string[];
  removed: string[];
  unchanged: string[];
}

/** Multiset difference by rule text: what replacing `current` with `incoming` changes. */
export function diffRules(current: readonly string[], incoming: readonly string[]): RuleDiff {
  const remaining = new Map<string, number>();
  for (const rule of current) remaining.set(rule, (remaining.get(rule) ?? 0) + 1);
  const added: string[] = [];
  const unchanged: string[] = [];
  for (const rule of incoming) {
    const left = remaining.get(rule) ?? 0;
    if (left > 0) {
      remaining.set(rule, left - 1);
      unchanged.push(rule);
    } else {
      added.push(rule);
    }
  }
  const removed = current.filter((rule) => {
    const left = remaining.get(rule) ?? 0;
    if (left === 0) return false;
    remaining.set(rule, left - 1);
    return true;
  });
  return { added, removed, unchanged };
}

const importResultSchema = z.object({
  rules: z.array(v2RuleSchema),
  errors: z.optional(z.array(z.unknown())),
});

/** PUT /v2/firewall/rules/import: adds the rules at `position` (-1 = end). */
export function importRules(
  client: HttpClient,
  request: { rules: string; position: number; disabled: boolean; groups: string[] },
) {
  return vns3Json(
    client,
    { method: 'PUT', path: vns3Path('/v2/firewall/rules/import'), body: { ...request } },
    importResultSchema,
  );
}

/** PUT /v2/firewall/rules: replaces the whole v2 firewall with `rules`, in order. */
export function replaceV2Rules(client: HttpClient, rules: readonly ImportedRule[]) {
  return vns3Json(
    client,
    {
      method: 'PUT',
      path: vns3Path('/v2/firewall/rules'),
      body: {
        rules: rules.map((rule, position) => ({
          rule: rule.rule,
          comment: rule.comment,
          groups: rule.groups,
          disabled: rule.disabled ?? false,
          position,
        })),
      },
    },
    importResultSchema,
  );
}
