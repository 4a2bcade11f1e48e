// Serves the production build (dist/) and the same-origin proxy, with node:http only.
// Usage: npm run serve -- [--port 8080] [--host 127.0.0.1] [--dist dist]
// Proxy targets: SWITCHBOARD_PROXY_CONFIG, or switchboard.proxy.json in the working directory.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { CSP_HEADER } from '../csp.config.mjs';
import { defaultConfigPath, watchedProxyConfig } from './proxy/config.mjs';
import { createProxyMiddleware, createProxyUpgradeHandler } from './proxy/proxy.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    dist: { type: 'string', default: 'dist' },
  },
});

const dist = path.resolve(values.dist);
const index = path.join(dist, 'index.html');
if (!fs.existsSync(index)) {
  console.error(`serve: ${index} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const log = (line) => console.log(line);
const configPath = defaultConfigPath(process.env, process.cwd());
const getConfig = watchedProxyConfig(configPath, log);
const proxy = createProxyMiddleware({ getConfig, log });
const upgrade = createProxyUpgradeHandler({ getConfig, log });

function serveStatic(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path.resolve(dist, `.${pathname}`);
  const inside = file.startsWith(dist + path.sep);
  const isFile = inside && fs.existsSync(file) && fs.statSync(file).isFile();
  // Client-side routes get the app; a missing asset is a real 404.
  if (!isFile && (pathname.startsWith('/assets/') || path.extname(pathname))) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const chosen = isFile ? file : index;
  const hashed = chosen.startsWith(path.join(dist, 'assets') + path.sep);
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(chosen)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(chosen === index ? { 'Content-Security-Policy': CSP_HEADER } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(chosen).pipe(res);
}

const server = http.createServer((req, res) => {
  proxy(req, res, () => {
    try {
      serveStatic(req, res);
    } catch {
      res.writeHead(400).end();
    }
  });
});
server.on('upgrade', (req, socket, head) => {
  if (!upgrade(req, socket, head)) socket.destroy();
});
// Uploads of hundreds of MB may take a while; the proxy has its own upstream timeout.
server.requestTimeout = 0;
server.listen(Number(values.port), values.host, () => {
  log(`serve: http://${values.host}:${values.port}/ (dist ${dist}, proxy config ${configPath})`);
});
