import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import type { ApiKeyFormValues } from './rules';
import { apiKeySchema } from './schemas';

const createdSchema = z.extend(apiKeySchema, { id: z.string() });

/** POST /api/namespaces/api-key: `id` is the key itself, returned only in this answer. */
export function createApiKey(client: HttpClient, values: ApiKeyFormValues) {
  return client.json(
    {
      method: 'POST',
      path: '/api/namespaces/api-key',
      body: { name: values.name, expires_at: Number(values.expires), role: values.role },
    },
    createdSchema,
  );
}
