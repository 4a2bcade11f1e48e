import type { HttpClient } from '@/api/http';
import { type ConfigLevel, configPath } from './configPath';
import type { ConfigFile } from './schemas';

/** PUT: a new history item unless unchanged; needs devices:read-update and updates:read-update. */
export async function saveConfig(
  client: HttpClient,
  target: ConfigLevel,
  body: { Files: Record<string, ConfigFile>; Reason: string },
): Promise<void> {
  await client.send({ method: 'PUT', path: configPath(target), body });
}
