import { z } from 'zod/mini';
import type { HttpClient, HttpRequest } from '../http';

/** VNS3 paths are documented without the `/api` prefix the controller serves them under. */
export const vns3Path = (path: string) => `/api${path}`;

/** Sends a VNS3 request and returns the payload of its `{"response": …}` envelope. */
export async function vns3Json<S extends z.core.$ZodType>(
  client: HttpClient,
  request: HttpRequest,
  payload: S,
): Promise<z.infer<S>> {
  const body: { response?: unknown } = await client.json(request, z.object({ response: payload }));
  return body.response as z.infer<S>;
}
