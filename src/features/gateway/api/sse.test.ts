import { describe, expect, it } from 'vitest';
import { parseEventStream } from './sse';

describe('parseEventStream', () => {
  it('reads log events with ids and skips keep-alive comments', () => {
    const text =
      ': idle\n\nevent: log\nid: 0\ndata: {"uuid":"a"}\n\nevent: log\nid: 1\ndata: {"uuid":"b"}\n\n';
    expect(parseEventStream(text)).toEqual([
      { event: 'log', id: '0', data: '{"uuid":"a"}' },
      { event: 'log', id: '1', data: '{"uuid":"b"}' },
    ]);
  });

  it('reads an error event with retry, joins multi-line data, and handles CRLF', () => {
    expect(
      parseEventStream(
        'event: error\r\ndata: Rollout was not yet committed\r\nretry: 1000\r\n\r\n',
      ),
    ).toEqual([{ event: 'error', id: null, data: 'Rollout was not yet committed' }]);
    expect(parseEventStream('data: a\ndata: b')).toEqual([
      { event: 'message', id: null, data: 'a\nb' },
    ]);
  });

  it('finds nothing in an empty or comment-only stream', () => {
    expect(parseEventStream('')).toEqual([]);
    expect(parseEventStream(': idle\n\n')).toEqual([]);
  });
});
