import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { HOSTNAME, isIpv4 } from '@/api/vns3/validation';
import { intField } from '@/api/vns3/zodRules';
import { linkSchema } from './links';

export const addLinkSchema = z
  .object({
    id: intField(1, 999, 'The link id is 1–999 (it names the interface lnk<id>)', true),
    name: z.string().check(z.trim(), z.minLength(1, 'Enter a name')),
    description: z.string().check(z.maxLength(255, 'At most 255 characters')),
    source: z.enum(['conf', 'controller']),
    conf: z.string(),
    controller: z.string().check(z.trim()),
    auth: z.string(),
    authType: z.enum(['basic', 'bearer']),
    policies: z.string(),
  })
  .check(
    z.refine((values) => values.source !== 'conf' || values.conf.trim() !== '', {
      path: ['conf'],
      message: 'Paste the WireGuard or OpenVPN client configuration',
    }),
    z.refine(
      (values) =>
        values.source !== 'controller' ||
        isIpv4(values.controller) ||
        (HOSTNAME.test(values.controller) && !/^[\d.]+$/.test(values.controller)),
      { path: ['controller'], message: 'Enter the other controller’s IPv4 address or host name' },
    ),
    z.refine((values) => values.source !== 'controller' || values.auth !== '', {
      path: ['auth'],
      message: 'Enter the other controller’s API password or token',
    }),
  );

export type AddLinkValues = z.infer<typeof addLinkSchema>;

export const ADD_LINK_FIELDS = {
  id: 'id',
  name: 'name',
  conf: 'conf',
  vns3_controller: 'controller',
  vns3_auth: 'auth',
} as const;

export const EMPTY_LINK: AddLinkValues = {
  id: '',
  name: '',
  description: '',
  source: 'conf',
  conf: '',
  controller: '',
  auth: '',
  authType: 'basic',
  policies: '',
};

/** POST /links (201): from a pasted client configuration or from another controller. */
export function addLink(client: HttpClient, values: AddLinkValues) {
  return vns3Json(
    client,
    {
      method: 'POST',
      path: vns3Path('/links'),
      body: {
        ...(values.id ? { id: Number(values.id) } : {}),
        name: values.name,
        description: values.description,
        ...(values.source === 'conf'
          ? { conf: values.conf }
          : {
              vns3_controller: values.controller,
              vns3_auth: values.auth,
              auth_type: values.authType,
            }),
        ...(values.policies.trim() ? { policies: values.policies } : {}),
      },
    },
    linkSchema,
  );
}
