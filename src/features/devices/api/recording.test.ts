import { describe, expect, it } from 'vitest';
import { SchemaError } from '@/api/errors';
import { parseRecording } from './recording';

describe('recordings', () => {
  it('reads asciicast v2 text, keeping output events only', () => {
    const text = [
      '{"version":2,"width":100,"height":30}',
      '[0.5,"o","hello"]',
      '[0.7,"i","ignored"]',
      '[1.25,"o","\\r\\nworld"]',
    ].join('\n');
    expect(parseRecording(text)).toEqual({
      width: 100,
      height: 30,
      duration: 1.25,
      frames: [
        { at: 0.5, data: 'hello' },
        { at: 1.25, data: '\r\nworld' },
      ],
    });
  });

  it('reads the seed frame array, timing frames from the first one', () => {
    const frames = [
      {
        uid: 'u',
        message: 'b',
        tenant_id: 't',
        time: '2026-01-01T00:00:02.500Z',
        width: 90,
        height: 20,
      },
      {
        uid: 'u',
        message: 'a',
        tenant_id: 't',
        time: '2026-01-01T00:00:01.000Z',
        width: 90,
        height: 20,
      },
    ];
    expect(parseRecording(JSON.stringify(frames))).toEqual({
      width: 90,
      height: 20,
      duration: 1.5,
      frames: [
        { at: 0, data: 'a' },
        { at: 1.5, data: 'b' },
      ],
    });
  });

  it('refuses anything else', () => {
    expect(() => parseRecording('{"version":1}')).toThrow(SchemaError);
    expect(() => parseRecording('[{"message":1}]')).toThrow(SchemaError);
    expect(() => parseRecording('{"version":2}\n["x"]')).toThrow(SchemaError);
  });
});
