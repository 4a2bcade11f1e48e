import http from 'node:http';
import https from 'node:https';
import { URL } from 'node:url';

export const PROXY_PREFIX = '/proxy/';

// RFC 9110 §7.6.1 plus the de-facto ones; never forwarded in either direction.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

// The browser's origin means nothing to an appliance that does not do CORS.
const DROPPED_REQUEST_HEADERS = new Set(['host', 'origin', 'referer', 'cookie']);

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Header names to forward: hop-by-hop ones and those a `Connection` header lists are dropped. */
export function forwardableHeaders(headers, dropped = new Set()) {
  const listed = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || lower.startsWith(':')) continue;
    if (HOP_BY_HOP.has(lower) || dropped.has(lower) || listed.includes(lower)) continue;
    out[lower] = value;
  }
  return out;
}

/** A request line safe to log: query parameter names only, never their values. */
export function redactedPath(pathAndQuery) {
  const url = new URL(pathAndQuery, 'http://log.invalid');
  const names = [...new Set(url.searchParams.keys())];
  return names.length === 0 ? url.pathname : `${url.pathname}?${names.join('&')}`;
}

/** What went wrong talking to the upstream, in words a console user can act on. */
export function describeUpstreamError(error, target) {
  const code = error?.code ?? '';
  const host = new URL(target.url).host;
  if (TLS_CODES.has(code) || /certificate/i.test(error?.message ?? '')) {
    return {
      status: 502,
      message:
        `The proxy does not trust the TLS certificate of ${host} (${code || error.message}). ` +
        `Give target "${target.id}" the CA file ("ca") or set "insecureSkipVerify": true.`,
    };
  }
  if (code === 'ECONNREFUSED') {
    return { status: 502, message: `The proxy could not connect to ${host}: connection refused.` };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { status: 502, message: `The proxy could not resolve ${host}.` };
  }
  if (code === 'ETIMEDOUT' || code === 'UPSTREAM_TIMEOUT') {
    return { status: 504, message: `${host} did not answer the proxy in time.` };
  }
  return {
    status: 502,
    message: `The proxy lost the connection to ${host} (${code || 'no response'}).`,
  };
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** `..` would climb above the target's base path once the URL is normalised. */
function hasDotSegment(pathAndQuery) {
  const pathname = pathAndQuery.split('?')[0] ?? '';
  return pathname.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

function upstreamRequest(req, target, pathAndQuery, extraHeaders = {}) {
  const upstreamUrl = new URL(target.url + pathAndQuery);
  const secure = upstreamUrl.protocol === 'https:';
  const headers = {
    ...forwardableHeaders(req.headers, DROPPED_REQUEST_HEADERS),
    ...extraHeaders,
    host: upstreamUrl.host,
  };
  return (secure ? https : http).request(upstreamUrl, {
    method: req.method,
    headers,
    ...(secure ? { ca: target.ca, rejectUnauthorized: !target.insecureSkipVerify } : {}),
  });
}

function sendText(res, status, message) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Switchboard-Proxy': 'error',
  });
  res.end(message);
}

/** The target and the path below it for `/proxy/<id>/…`, or why there is none. */
export function resolveProxyPath(url, targets) {
  const rest = url.slice(PROXY_PREFIX.length);
  const slash = rest.search(/[/?]|$/);
  const id = safeDecode(rest.slice(0, slash));
  const remainder = rest.slice(slash);
  if (id === null || hasDotSegment(remainder)) {
    return { error: { status: 400, message: 'The proxy refuses this path.' } };
  }
  if (id === '_targets') return { list: true };
  const target = targets.find((candidate) => candidate.id === id);
  if (!target) {
    return {
      error: {
        status: 404,
        message: `The proxy has no target "${id}". Add it to the proxy configuration.`,
      },
    };
  }
  return { target, pathAndQuery: remainder.startsWith('/') ? remainder : `/${remainder}` };
}

/**
 * Connect/Node middleware serving `/proxy/<id>/…` from the configured targets, and
 * `GET /proxy/_targets` (ids and addresses only). Bodies are piped both ways, never buffered.
 * `getConfig()` is called per request; `log(line)` never receives header or query values.
 */
export function createProxyMiddleware({ getConfig, log = () => {}, timeoutMs = 120_000 }) {
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith(PROXY_PREFIX)) {
      next();
      return;
    }
    const { targets } = getConfig();
    const resolved = resolveProxyPath(url, targets);
    if (resolved.error) {
      sendText(res, resolved.error.status, resolved.error.message);
      return;
    }
    if (resolved.list) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(
        JSON.stringify({
          targets: targets.map((target) => ({
            id: target.id,
            url: target.url,
            tls: target.insecureSkipVerify ? 'skip-verify' : target.ca ? 'ca' : 'system',
          })),
        }),
      );
      return;
    }
    forward(req, res, resolved.target, resolved.pathAndQuery);
  };

  function forward(req, res, target, pathAndQuery) {
    const started = Date.now();
    const line = `${req.method} /proxy/${target.id}${redactedPath(pathAndQuery)}`;
    const upstream = upstreamRequest(req, target, pathAndQuery);
    upstream.setTimeout(timeoutMs, () => {
      const error = new Error('upstream timeout');
      error.code = 'UPSTREAM_TIMEOUT';
      upstream.destroy(error);
    });

    upstream.on('response', (answer) => {
      res.writeHead(
        answer.statusCode ?? 502,
        answer.statusMessage,
        forwardableHeaders(answer.headers),
      );
      answer.pipe(res);
      answer.on('end', () => log(`${line} → ${answer.statusCode} ${Date.now() - started} ms`));
    });
    upstream.on('error', (error) => {
      const problem = describeUpstreamError(error, target);
      log(`${line} → ${problem.status} (${error.code ?? error.message})`);
      if (res.headersSent) res.destroy();
      else sendText(res, problem.status, problem.message);
    });
    // A browser that gives up (cancelled upload, navigation) must not leave the upstream running.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }
}

/**
 * Handler for a server's `upgrade` event (WebSockets, e.g. a web terminal) on `/proxy/<id>/…`.
 * Returns false for other paths, which stay with their own handlers (Vite's HMR socket).
 */
export function createProxyUpgradeHandler({ getConfig, log = () => {} }) {
  return (req, socket, head) => {
    const url = req.url ?? '';
    if (!url.startsWith(PROXY_PREFIX)) return false;
    const resolved = resolveProxyPath(url, getConfig().targets);
    const line = `UPGRADE ${redactedPath(url)}`;
    if (!resolved.target) {
      const status = resolved.error?.status ?? 400;
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
      log(`${line} → ${status}`);
      return true;
    }
    const upstream = upstreamRequest(req, resolved.target, resolved.pathAndQuery, {
      connection: 'Upgrade',
      upgrade: req.headers.upgrade ?? 'websocket',
    });
    upstream.on('upgrade', (answer, upstreamSocket, upstreamHead) => {
      const lines = [`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}`];
      for (let index = 0; index < answer.rawHeaders.length; index += 2) {
        lines.push(`${answer.rawHeaders[index]}: ${answer.rawHeaders[index + 1]}`);
      }
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (upstreamHead.length > 0) socket.write(upstreamHead);
      if (head.length > 0) upstreamSocket.write(head);
      upstreamSocket.pipe(socket).pipe(upstreamSocket);
      const close = () => {
        upstreamSocket.destroy();
        socket.destroy();
      };
      upstreamSocket.on('error', close);
      socket.on('error', close);
      log(`${line} → ${answer.statusCode}`);
    });
    upstream.on('response', (answer) => {
      // The upstream refused to switch protocols: pass its answer on and close.
      socket.end(
        `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\nConnection: close\r\n\r\n`,
      );
      answer.resume();
      log(`${line} → ${answer.statusCode}`);
    });
    upstream.on('error', (error) => {
      const problem = describeUpstreamError(error, resolved.target);
      socket.end(
        `HTTP/1.1 ${problem.status} ${http.STATUS_CODES[problem.status]}\r\nConnection: close\r\n\r\n`,
      );
      log(`${line} → ${problem.status} (${error.code ?? error.message})`);
    });
    upstream.end();
    return true;
  };
}
