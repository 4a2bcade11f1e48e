import { z } from 'zod/mini';
import { groupNameSchema } from './groups';
import { positionMessage, v1RuleMessage, v2RuleMessage } from './ruleSyntax';

/** Insert form of the v1 list; `position` is text so an empty field can mean "append". */
export function v1RuleFormSchema(count: number) {
  return z.object({
    rule: z.string().check(
      z.refine((rule) => v1RuleMessage(rule) === null, {
        error: (issue) => v1RuleMessage(String(issue.input)) ?? 'Invalid rule',
      }),
    ),
    position: z.string().check(
      z.refine((value) => positionMessage(value, count) === null, {
        error: (issue) => positionMessage(String(issue.input), count) ?? 'Invalid position',
      }),
    ),
  });
}

export type V1RuleFormValues = z.infer<ReturnType<typeof v1RuleFormSchema>>;

export function v2RuleFormSchema(variables: ReadonlyMap<string, string>, count: number) {
  return z.object({
    rule: z.string().check(
      z.refine((rule) => v2RuleMessage(rule, variables) === null, {
        error: (issue) => v2RuleMessage(String(issue.input), variables) ?? 'Invalid rule',
      }),
    ),
    comment: z.string().check(z.maxLength(255, 'At most 255 characters')),
    position: z.string().check(
      z.refine((value) => positionMessage(value, count) === null, {
        error: (issue) => positionMessage(String(issue.input), count) ?? 'Invalid position',
      }),
    ),
    groups: z.array(groupNameSchema),
    disabled: z.boolean(),
  });
}

export type V2RuleFormValues = z.infer<ReturnType<typeof v2RuleFormSchema>>;

/** Which field a controller 400 is about, so its message can sit next to that field. */
export function ruleFieldOf(message: string): 'rule' | 'position' | 'groups' | null {
  if (/^Parse Error|variable|rule/i.test(message)) return 'rule';
  if (/position/i.test(message)) return 'position';
  if (/group/i.test(message)) return 'groups';
  return null;
}

/** The controller deletes by exact text, so the text must match a rule character for character. */
export function deleteByTextSchema(rules: readonly string[]) {
  const known = new Set(rules);
  return z.object({
    rule: z.string().check(
      z.minLength(1, 'Enter the text of a rule'),
      z.refine((rule) => rule === '' || known.has(rule), 'No rule has exactly this text'),
    ),
  });
}
export type DeleteByTextValues = z.infer<ReturnType<typeof deleteByTextSchema>>;
