import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { gw } from './paths';

export const registerDeviceSchema = z
  .object({
    uuid: z.string().check(z.minLength(1, 'Enter the device UUID')),
    name: z.string().check(z.regex(/^[a-zA-Z0-9_.-]{0,60}$/, 'Use letters, digits, _ . or -')),
    group: z.string(),
    hardwareId: z.string(),
    csr: z
      .string()
      .check(
        z.regex(/-----BEGIN CERTIFICATE REQUEST-----/, 'Paste a PEM certificate request (CSR)'),
      ),
  })
  .check(
    z.refine((values) => values.uuid.trim() === values.uuid, {
      path: ['uuid'],
      message: 'No spaces around the UUID',
    }),
  );

export type RegisterDeviceValues = z.infer<typeof registerDeviceSchema>;

export const registerResultSchema = z.object({
  'root.crt': z.string(),
  'client.pem': z.string(),
  'sota.toml': z.string(),
});

/** POST /v1/devices (lmp-device-register compatible): 201 with the device's files. */
export function registerDevice(client: HttpClient, values: RegisterDeviceValues) {
  return client.json(
    {
      method: 'POST',
      path: gw.devices,
      body: {
        uuid: values.uuid,
        csr: values.csr,
        ...(values.name ? { name: values.name } : {}),
        ...(values.group ? { group: values.group } : {}),
        ...(values.hardwareId ? { 'hardware-id': values.hardwareId } : {}),
      },
    },
    registerResultSchema,
  );
}
