import { z } from 'zod/mini';
import type { HttpClient, HttpMethod } from '@/api/http';
import { parseWith } from '@/api/http';
import type { UploadResult } from '@/api/upload';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';

/** GET a VNS3 path and return the payload of its envelope. */
export function vns3Get<S extends z.core.$ZodType>(
  client: HttpClient,
  path: string,
  schema: S,
  signal?: AbortSignal,
  query?: Record<string, string>,
): Promise<z.infer<S>> {
  return vns3Json(client, { path: vns3Path(path), signal, ...(query ? { query } : {}) }, schema);
}

/** A write with an optional JSON body; returns the envelope's payload. */
export function vns3Write<S extends z.core.$ZodType>(
  client: HttpClient,
  method: Exclude<HttpMethod, 'GET'>,
  path: string,
  schema: S,
  body?: Record<string, unknown>,
): Promise<z.infer<S>> {
  return vns3Json(client, { method, path: vns3Path(path), ...(body ? { body } : {}) }, schema);
}

/** The payload of an upload's `{"response": …}` answer. */
export function uploadPayload<S extends z.core.$ZodType>(
  result: UploadResult,
  schema: S,
  what: string,
): z.infer<S> {
  const body: { response?: unknown } = parseWith(z.object({ response: schema }), result.body, what);
  return body.response as z.infer<S>;
}

/** VNS3 uploads are raw file bodies sent as text/plain, even for binary files. */
export const RAW_UPLOAD_HEADERS = { 'Content-Type': 'text/plain' };

export const nullableString = z.nullable(z.optional(z.string()));
