import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import type { UploadRequest, UploadResult } from '@/api/upload';
import { vns3Path } from '@/api/vns3/envelope';
import { controllerKeys } from './keys';
import { RAW_UPLOAD_HEADERS, nullableString, uploadPayload, vns3Get, vns3Write } from './request';

const managerSchema = z.object({
  manager_id: z.number(),
  asn: z.optional(z.number()),
  overlay_ipaddress: z.string(),
});

export const licenseSchema = z.object({
  license: z.string(),
  license_present: z.boolean(),
  finalized: z.boolean(),
  capabilities: z.array(z.string()),
  sha1_checksum: nullableString,
  uploaded_at: nullableString,
  my_manager_vip: nullableString,
  topology: z.nullable(
    z.optional(
      z.object({
        overlay_subnet: z.string(),
        managers: z.array(managerSchema),
        total_clients: z.optional(z.number()),
        overlay_max_clients: z.optional(z.number()),
        ipsec_max_endpoints: z.optional(z.number()),
        ipsec_max_subnets: z.optional(z.number()),
        license_upgrades: z.optional(z.array(z.string())),
      }),
    ),
  ),
});

export type License = z.infer<typeof licenseSchema>;

export const defaultTopologySchema = z.object({
  subnet: z.string(),
  managers: z.string(),
  asns: z.string(),
  clients: z.string(),
  my_manager_vip: z.optional(z.string()),
});

const uploadedSchema = z.object({
  license_present: z.boolean(),
  finalized: z.boolean(),
  default_topology: defaultTopologySchema,
});

const upgradeSchema = z.object({
  finalized: z.boolean(),
  new_clientpacks: z.optional(z.number()),
  new_managers: z.optional(z.number()),
});

export function licenseQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.license(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/license', licenseSchema, signal),
  });
}

type Start = (request: Omit<UploadRequest, 'signal' | 'onProgress'>) => Promise<UploadResult>;

/** PUT /license: the licence file as a raw text body (unlicensed controllers only). */
export async function uploadLicense(start: Start, file: File) {
  const result = await start({
    method: 'PUT',
    path: vns3Path('/license'),
    body: file,
    headers: RAW_UPLOAD_HEADERS,
  });
  return uploadPayload(result, uploadedSchema, 'the uploaded licence');
}

/** PUT /license/upgrade: an upgraded licence for a licensed controller. */
export async function upgradeLicense(start: Start, file: File) {
  const result = await start({
    method: 'PUT',
    path: vns3Path('/license/upgrade'),
    body: file,
    headers: RAW_UPLOAD_HEADERS,
  });
  return uploadPayload(result, upgradeSchema, 'the licence upgrade');
}

export type LicenseParametersBody =
  | { default: true }
  | { subnet: string; managers: string; asns: string; clients?: string; my_manager_vip?: string };

/** PUT /license/parameters: irreversible; the controller reboots. */
export function setLicenseParameters(client: HttpClient, body: LicenseParametersBody) {
  return vns3Write(
    client,
    'PUT',
    '/license/parameters',
    z.object({ finalized: z.boolean() }),
    body as Record<string, unknown>,
  );
}
