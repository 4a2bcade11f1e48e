import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';

const variablesSchema = z.record(
  z.string(),
  z.array(
    z.object({
      variable: z.string(),
      value: z.string(),
      description: z.optional(z.nullable(z.string())),
    }),
  ),
);

export interface FirewallVariable {
  name: string;
  value: string;
  description: string;
  collection: string;
}

/** GET /system/variables: the `${name}` values v2 rules may use, grouped by collection. */
export function variablesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.variables(connectionId),
    queryFn: async ({ signal }): Promise<FirewallVariable[]> => {
      const collections = await vns3Json(
        client,
        { path: vns3Path('/system/variables'), signal },
        variablesSchema,
      );
      return Object.entries(collections).flatMap(([collection, items]) =>
        items.map((item) => ({
          name: item.variable,
          value: item.value,
          description: item.description ?? '',
          collection,
        })),
      );
    },
  });
}

export const variableMap = (variables: readonly FirewallVariable[]) =>
  new Map(variables.map((variable) => [variable.name, variable.value]));
