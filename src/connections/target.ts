import type { ApiTarget } from '@/api/http';
import type { Connection } from './schema';

export function targetOf(connection: Connection): ApiTarget {
  return { baseUrl: connection.baseUrl, proxyPath: connection.proxyPath };
}
