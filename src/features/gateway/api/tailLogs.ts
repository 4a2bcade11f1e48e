import type { HttpClient } from '@/api/http';
import { gw } from './paths';
import { type ServerEvent, parseEventStream } from './sse';

/**
 * Reads the update-log tail (server-sent events). EventSource cannot send the Authorization
 * header, so this fetches the stream and reads what arrives until the server closes it or the
 * signal aborts.
 */
export async function tailLogs(
  client: HttpClient,
  tag: string,
  name: string,
  rollout: string | null,
  onEvents: (events: ServerEvent[]) => void,
  signal: AbortSignal,
): Promise<void> {
  const path = rollout
    ? gw.update(tag, name, 'rollouts', rollout, 'tail')
    : gw.update(tag, name, 'tail');
  const response = await client.send({ path, headers: { Accept: 'text/event-stream' }, signal });
  if (!response.body) {
    onEvents(parseEventStream(await response.text()));
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    const end = buffer.lastIndexOf('\n\n');
    if (end >= 0) {
      onEvents(parseEventStream(buffer.slice(0, end + 2)));
      buffer = buffer.slice(end + 2);
    }
  }
  if (buffer.trim()) onEvents(parseEventStream(buffer));
}
