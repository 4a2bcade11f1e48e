import type { AuditEntry, AuditOutcome } from './auditEntry';

export interface AuditedConnection {
  id: string;
  name: string;
  /** Absolute URL every request to this connection starts with (base URL or proxy path). */
  root: string;
}

export interface RecorderOptions {
  connections: () => readonly AuditedConnection[];
  record: (entry: Omit<AuditEntry, 'id'>) => void;
  now?: () => number;
}

/** The connection a request URL belongs to (longest root wins) and the path below it. */
export function matchConnection(
  url: URL,
  connections: readonly AuditedConnection[],
): { connection: AuditedConnection; path: string } | null {
  const target = url.origin + url.pathname;
  let best: { connection: AuditedConnection; path: string } | null = null;
  for (const connection of connections) {
    const root = connection.root.replace(/\/+$/, '');
    if (target !== root && !target.startsWith(`${root}/`)) continue;
    if (best && best.connection.root.length >= root.length) continue;
    best = { connection, path: target.slice(root.length) || '/' };
  }
  return best;
}

function outcomeOf(status: number): AuditOutcome {
  return status >= 200 && status < 400 ? 'ok' : 'failed';
}

/**
 * Records every non-GET request the console sends to one of its connections, by observing
 * `fetch` and `XMLHttpRequest` (uploads): method, path, status, outcome and duration only.
 * Returns a function that restores both.
 */
export function installAuditRecorder(target: Window & typeof globalThis, options: RecorderOptions) {
  const now = options.now ?? (() => Date.now());

  function begin(method: string, href: string) {
    const upper = method.toUpperCase();
    if (upper === 'GET' || upper === 'HEAD' || upper === 'OPTIONS') return null;
    let url: URL;
    try {
      url = new URL(href, target.location.href);
    } catch {
      return null;
    }
    const match = matchConnection(url, options.connections());
    if (!match) return null;
    const started = now();
    return (status: number | null, outcome: AuditOutcome) =>
      options.record({
        at: new Date(started).toISOString(),
        connectionId: match.connection.id,
        connectionName: match.connection.name,
        method: upper,
        path: match.path,
        status,
        outcome,
        durationMs: Math.max(0, now() - started),
      });
  }

  const originalFetch = target.fetch;
  target.fetch = async function auditedFetch(input, init) {
    const request = input instanceof Request ? input : null;
    const method = init?.method ?? request?.method ?? 'GET';
    const href = request ? request.url : String(input);
    const finish = begin(method, href);
    if (!finish) return originalFetch.call(target, input, init);
    try {
      const response = await originalFetch.call(target, input, init);
      finish(response.status, outcomeOf(response.status));
      return response;
    } catch (error) {
      const aborted = error instanceof DOMException && error.name === 'AbortError';
      finish(null, aborted ? 'aborted' : 'network-error');
      throw error;
    }
  };

  const proto = target.XMLHttpRequest.prototype;
  const originalOpen = proto.open;
  const originalSend = proto.send;
  const opened = new WeakMap<XMLHttpRequest, { method: string; href: string }>();
  proto.open = function auditedOpen(this: XMLHttpRequest, ...args: unknown[]) {
    opened.set(this, { method: String(args[0]), href: String(args[1]) });
    return (originalOpen as (...rest: unknown[]) => void).apply(this, args);
  } as typeof proto.open;
  proto.send = function auditedSend(
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    const info = opened.get(this);
    const finish = info ? begin(info.method, info.href) : null;
    if (finish) {
      let aborted = false;
      this.addEventListener('abort', () => (aborted = true));
      this.addEventListener('loadend', () => {
        if (aborted) finish(null, 'aborted');
        else if (this.status === 0) finish(null, 'network-error');
        else finish(this.status, outcomeOf(this.status));
      });
    }
    return originalSend.call(this, body);
  };

  return () => {
    target.fetch = originalFetch;
    proto.open = originalOpen;
    proto.send = originalSend;
  };
}
