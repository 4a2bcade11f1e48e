import { z } from 'zod/mini';
import { type FirewallVariable, type VariableCollection, variableNameMessage } from './variables';

const valueSchema = z
  .string()
  .check(z.minLength(1, 'Enter a value'), z.maxLength(255, 'At most 255 characters'));

/** A new custom variable: a free name that no other collection's prefix claims, and a value. */
export function newVariableSchema(
  taken: readonly FirewallVariable[],
  collections: readonly VariableCollection[],
) {
  return z.object({
    name: z.string().check(
      z.trim(),
      z.refine((name) => variableNameMessage(name, taken, collections) === null, {
        error: (issue) =>
          variableNameMessage(String(issue.input).trim(), taken, collections) ?? 'Invalid name',
      }),
    ),
    value: valueSchema,
    description: z.string(),
  });
}
export type NewVariableValues = z.infer<ReturnType<typeof newVariableSchema>>;

export const editVariableSchema = z.object({ value: valueSchema, description: z.string() });
export type EditVariableValues = z.infer<typeof editVariableSchema>;
