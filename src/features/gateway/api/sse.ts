export interface ServerEvent {
  event: string;
  id: string | null;
  data: string;
}

/** Parses a text/event-stream body (comments such as `: idle` are skipped). */
export function parseEventStream(text: string): ServerEvent[] {
  const events: ServerEvent[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\n+/)) {
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    let seen = false;
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
      else continue;
      seen = true;
    }
    if (seen) events.push({ event, id, data: data.join('\n') });
  }
  return events;
}
