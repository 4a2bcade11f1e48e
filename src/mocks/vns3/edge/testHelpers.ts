/* eslint-disable @typescript-eslint/no-explicit-any -- test helper: assertions walk loose JSON */
import { DROP_CONNECTION } from '../../framework/http.ts';
import { handleSimRequest } from '../../framework/router.ts';
import { DEMO_API_PASSWORD } from '../state.ts';

let counter = 0;

export const newController = () => `vns3-edge-test-${(counter += 1)}-${Date.now().toString(36)}`;

const BASIC = `Basic ${Buffer.from(`api:${DEMO_API_PASSWORD}`).toString('base64')}`;

/** Calls the simulator below `/api`; answers the status and the parsed JSON body. */
export async function call(
  id: string,
  method: string,
  path: string,
  body?: unknown,
  authorization: string | null = BASIC,
): Promise<{
  status: number;
  body: { response?: any; error?: { name: string; message: string } };
}> {
  const headers: Record<string, string> = {};
  if (authorization) headers.Authorization = authorization;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const result = await handleSimRequest(
    new Request(`http://sim.test/sim/vns3/${id}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  const text = await result.text();
  return { status: result.status, body: text ? JSON.parse(text) : {} };
}

export async function control(id: string, fields: Record<string, unknown> = {}) {
  const result = await handleSimRequest(
    new Request(`http://sim.test/sim/_control/vns3/${id}`, {
      method: fields && Object.keys(fields).length ? 'POST' : 'GET',
      ...(Object.keys(fields).length ? { body: JSON.stringify(fields) } : {}),
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return (await result.json()) as Record<string, any>;
}
