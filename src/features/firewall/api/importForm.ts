import { z } from 'zod/mini';
import { groupNameSchema } from './groups';
import { checkImport } from './importRules';
import { positionMessage } from './ruleSyntax';

export type ImportMode = 'add' | 'replace';

function firstProblem(text: string, variables: ReadonlyMap<string, string>): string | null {
  if (text.trim() === '') return 'Paste or load the rules to import';
  const checked = checkImport(text, variables);
  const problem = checked.problems[0];
  if (problem) {
    const more = checked.problems.length > 1 ? ` (and ${checked.problems.length - 1} more)` : '';
    return `Line ${problem.at}: ${problem.message}${more}`;
  }
  return checked.rules.length === 0 ? 'No rule found: every line is blank or a # comment' : null;
}

export function importFormSchema(variables: ReadonlyMap<string, string>, count: number) {
  return z
    .object({
      text: z.string().check(
        z.refine((text) => firstProblem(text, variables) === null, {
          error: (issue) => firstProblem(String(issue.input), variables) ?? 'Invalid rules',
        }),
      ),
      mode: z.enum(['add', 'replace']),
      position: z.string(),
      disabled: z.boolean(),
      groups: z.array(groupNameSchema),
    })
    .check(
      z.refine(
        (values) => values.mode === 'replace' || positionMessage(values.position, count) === null,
        {
          path: ['position'],
          error: (issue) =>
            positionMessage((issue.input as { position: string }).position, count) ??
            'Invalid position',
        },
      ),
    );
}

export type ImportFormValues = z.infer<ReturnType<typeof importFormSchema>>;
