import type { HttpClient } from '@/api/http';
import { gw } from './paths';
import { type RolloutFormValues, splitList } from './updateRules';

/** PUT …/rollouts/{rollout}: 202, devices are assigned in the background. */
export async function createRollout(
  client: HttpClient,
  tag: string,
  name: string,
  values: RolloutFormValues,
): Promise<void> {
  const uuids = splitList(values.uuids);
  await client.send({
    method: 'PUT',
    path: gw.update(tag, name, 'rollouts', values.name),
    body: {
      ...(uuids.length ? { uuids } : {}),
      ...(values.groups.length ? { groups: values.groups } : {}),
    },
  });
}
