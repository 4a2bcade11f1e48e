import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';

const variableSchema = z.object({
  variable: z.string(),
  value: z.string(),
  description: z.optional(z.nullable(z.string())),
});

const variablesSchema = z.record(z.string(), z.array(variableSchema));

export interface FirewallVariable {
  name: string;
  value: string;
  description: string;
  collection: string;
}

/** The grouped map `/system/variables` answers with, as one list. */
export function flattenVariables(collections: z.infer<typeof variablesSchema>): FirewallVariable[] {
  return Object.entries(collections).flatMap(([collection, items]) =>
    items.map((item) => ({
      name: item.variable,
      value: item.value,
      description: item.description ?? '',
      collection,
    })),
  );
}

/** GET /system/variables: the `${name}` values v2 rules may use, grouped by collection. */
export function variablesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.variables(connectionId),
    queryFn: async ({ signal }) =>
      flattenVariables(
        await vns3Json(client, { path: vns3Path('/system/variables'), signal }, variablesSchema),
      ),
  });
}

const collectionSchema = z.object({ name: z.string(), prefix: z.optional(z.nullable(z.string())) });
export type VariableCollection = z.infer<typeof collectionSchema>;

/** GET /system/variable-collections: each collection's name prefix. */
export function variableCollectionsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.variableCollections(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        { path: vns3Path('/system/variable-collections'), signal },
        z.array(collectionSchema),
      ),
  });
}

export const variableMap = (variables: readonly FirewallVariable[]) =>
  new Map(variables.map((variable) => [variable.name, variable.value]));

/**
 * Why the controller would refuse a new custom variable's name, or null. Another collection's
 * prefix (e.g. `vns3_`) is reserved for that collection.
 */
export function variableNameMessage(
  name: string,
  taken: readonly FirewallVariable[],
  collections: readonly VariableCollection[],
): string | null {
  if (name === '') return 'Enter a name';
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'Use only letters, digits and _';
  if (name.length > 64) return 'At most 64 characters';
  const reserved = collections.find(
    (collection) =>
      collection.name !== 'custom' && collection.prefix && name.startsWith(collection.prefix),
  );
  if (reserved) return `Names starting with ${reserved.prefix ?? ''} belong to ${reserved.name}`;
  if (taken.some((variable) => variable.name === name)) return `${name} already exists`;
  return null;
}

export const variablePath = (name: string) => `/system/variables/${encodeURIComponent(name)}`;

/** POST /system/variables: answers with every variable, grouped by collection. */
export async function createVariable(
  client: HttpClient,
  variable: { name: string; value: string; description: string },
) {
  return flattenVariables(
    await vns3Json(
      client,
      { method: 'POST', path: vns3Path('/system/variables'), body: { ...variable } },
      variablesSchema,
    ),
  );
}

export function updateVariable(
  client: HttpClient,
  name: string,
  variable: { value: string; description: string },
) {
  return vns3Json(
    client,
    { method: 'PUT', path: vns3Path(variablePath(name)), body: { ...variable } },
    variableSchema,
  );
}

/** DELETE /system/variables/{name}: answers with the variables that remain. */
export async function deleteVariable(client: HttpClient, name: string) {
  return flattenVariables(
    await vns3Json(
      client,
      { method: 'DELETE', path: vns3Path(variablePath(name)) },
      variablesSchema,
    ),
  );
}
