import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { networkKeys } from './keys';
import { linkSchema } from './links';

const linkDetailSchema = z.extend(linkSchema, {
  policies: z.optional(z.nullable(z.string())),
});

export type LinkDetail = z.infer<typeof linkDetailSchema>;

/** GET /links/{id}: one link with its policies, read fresh before editing. */
export function linkQuery(connectionId: string, client: HttpClient, linkId: number) {
  return queryOptions({
    queryKey: networkKeys.link(connectionId, linkId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path(`/links/${linkId}`), signal }, linkDetailSchema),
  });
}

export const editLinkSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Enter a name')),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
  policies: z.string(),
});

export type EditLinkValues = z.infer<typeof editLinkSchema>;

export const EDIT_LINK_FIELDS = {
  name: 'name',
  description: 'description',
  policies: 'policies',
} as const;

export const editLinkValues = (link: LinkDetail): EditLinkValues => ({
  name: link.name,
  description: link.description ?? '',
  policies: link.policies ?? '',
});

/** PUT /links/{id} with the name, description and policies (one policy a line). */
export function updateLink(client: HttpClient, linkId: number, values: EditLinkValues) {
  return vns3Json(
    client,
    {
      method: 'PUT',
      path: vns3Path(`/links/${linkId}`),
      body: {
        name: values.name,
        description: values.description,
        policies: values.policies
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      },
    },
    linkDetailSchema,
  );
}
