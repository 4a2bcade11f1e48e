import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { SchemaError } from '@/api/errors';
import { shKeys } from './keys';

export interface Recording {
  width: number;
  height: number;
  /** Output chunks, `at` in seconds from the start, in order. */
  frames: { at: number; data: string }[];
  duration: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function finish(width: number, height: number, frames: Recording['frames']): Recording {
  const sorted = [...frames].sort((a, b) => a.at - b.at);
  return { width, height, frames: sorted, duration: sorted.at(-1)?.at ?? 0 };
}

/** asciicast v2: a JSON header line, then `[seconds, "o", data]` lines (other events skipped). */
export function parseAsciicast(text: string): Recording {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const header = JSON.parse(lines[0] ?? 'null') as unknown;
  if (!isRecord(header) || header.version !== 2) {
    throw new SchemaError('the recording', ['not an asciicast v2 header']);
  }
  const frames: Recording['frames'] = [];
  for (const line of lines.slice(1)) {
    const event = JSON.parse(line) as unknown;
    if (!Array.isArray(event) || typeof event[0] !== 'number' || typeof event[2] !== 'string') {
      throw new SchemaError('the recording', [`bad event line: ${line.slice(0, 60)}`]);
    }
    if (event[1] === 'o') frames.push({ at: event[0], data: event[2] });
  }
  return finish(Number(header.width) || 80, Number(header.height) || 24, frames);
}

/** The seed's shape: `[{message, time (ISO), width, height}]`; times become offsets. */
export function parseFrameArray(value: unknown): Recording {
  if (!Array.isArray(value)) throw new SchemaError('the recording', ['not a frame array']);
  const frames = value.map((frame: unknown) => {
    if (!isRecord(frame) || typeof frame.message !== 'string' || typeof frame.time !== 'string') {
      throw new SchemaError('the recording', ['a frame needs a message and a time']);
    }
    const time = Date.parse(frame.time);
    if (Number.isNaN(time)) throw new SchemaError('the recording', ['a frame time is not a date']);
    return { time, data: frame.message, frame };
  });
  const start = Math.min(...frames.map((frame) => frame.time));
  const first = frames[0]?.frame;
  return finish(
    Number(first?.width) || 80,
    Number(first?.height) || 24,
    frames.map((frame) => ({ at: (frame.time - start) / 1000, data: frame.data })),
  );
}

/** Either shape: the seed documents JSON frames, real servers send asciicast text. */
export function parseRecording(text: string): Recording {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return parseFrameArray(JSON.parse(trimmed) as unknown);
  return parseAsciicast(trimmed);
}

/** GET /api/sessions/{uid}/play. */
export function recordingQuery(connectionId: string, client: HttpClient, uid: string) {
  return queryOptions({
    queryKey: shKeys.recording(connectionId, uid),
    queryFn: async ({ signal }) =>
      parseRecording(
        await client.text({ path: `/api/sessions/${encodeURIComponent(uid)}/play`, signal }),
      ),
    staleTime: Infinity,
  });
}
