import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Page } from '@playwright/test';
import { EVON_ADMIN_TOKEN, createHub } from './evon-fixtures';
import { type Appliance, type SimInstance, createAppliance, expect, test } from './fixtures';

/**
 * The console served by `npm run serve` (scripts/serve.mjs) in front of two HTTPS "appliances"
 * with self-signed certificates made here, each forwarding to a simulator instance.
 */

interface Upstream {
  url: string;
  /** Request headers each forwarded request arrived with. */
  seen: http.IncomingHttpHeaders[];
  server: https.Server;
}

interface Setup {
  consoleUrl: string;
  serveLog: string[];
  appliance: Appliance;
  hub: SimInstance;
  trusted: Upstream;
  selfSigned: Upstream;
  close(): Promise<void>;
}

function makeCertificate(dir: string, name: string) {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      `/CN=localhost/O=switchboard e2e ${name}`,
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), certPath: cert };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An HTTPS server that forwards every request to a simulator instance. */
async function httpsUpstream(
  tls: { key: Buffer; cert: Buffer },
  simBase: string,
): Promise<Upstream> {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = https.createServer(tls, (req, res) => {
    seen.push(req.headers);
    const target = new URL(simBase + (req.url ?? '/'));
    const headers = { ...req.headers, host: target.host };
    const forward = http.request(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `https://localhost:${port}`, seen, server };
}

async function startServe(
  configPath: string,
  log: string[],
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(port), '--dist', process.env.E2E_DIST ?? 'dist'],
    {
      env: { ...process.env, SWITCHBOARD_PROXY_CONFIG: configPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) =>
    log.push(...chunk.toString().split('\n').filter(Boolean)),
  );
  child.stderr?.on('data', (chunk: Buffer) =>
    log.push(...chunk.toString().split('\n').filter(Boolean)),
  );
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(url)).status;
        } catch {
          return 0;
        }
      },
      { message: `npm run serve did not start: ${log.join('\n')}` },
    )
    .toBe(200);
  return { url, child };
}

async function setUp(
  request: Parameters<typeof createAppliance>[0],
  baseURL: string,
): Promise<Setup> {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
  } catch {
    throw new Error('These tests need the openssl command to make their certificates.');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-proxy-e2e-'));
  const appliance = await createAppliance(request, baseURL);
  const hub = await createHub(request, baseURL);
  const trustedCert = makeCertificate(dir, 'appliance');
  const selfSignedCert = makeCertificate(dir, 'hub');
  const trusted = await httpsUpstream(trustedCert, appliance.baseUrl);
  const selfSigned = await httpsUpstream(selfSignedCert, hub.baseUrl);
  const configPath = path.join(dir, 'switchboard.proxy.json');
  fs.writeFileSync(
    configPath,
    JSON.stringify({
      targets: [
        { id: 'appliance', url: trusted.url, ca: 'appliance.crt' },
        { id: 'hub', url: selfSigned.url, insecureSkipVerify: true },
        { id: 'untrusted-hub', url: selfSigned.url },
      ],
    }),
  );
  const serveLog: string[] = [];
  const { url, child } = await startServe(configPath, serveLog);
  return {
    consoleUrl: url,
    serveLog,
    appliance,
    hub,
    trusted,
    selfSigned,
    async close() {
      child.kill();
      for (const upstream of [trusted, selfSigned]) {
        upstream.server.closeAllConnections();
        await new Promise((resolve) => upstream.server.close(resolve));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let setup: Setup;

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext();
  setup = await setUp(request, baseURL!);
});

test.afterAll(async () => {
  await setup?.close();
});

/** Fills the add-connection dialog, choosing a proxy target; the base URL comes from it. */
async function addThroughProxy(page: Page, kind: string, name: string, target: RegExp) {
  await page.goto(`${setup.consoleUrl}/connections`);
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  await dialog.getByLabel('Kind').click();
  await page.getByRole('option', { name: new RegExp(`^${kind}`) }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByLabel('Through the proxy').click();
  await page.getByRole('option', { name: target }).click();
  return dialog;
}

test('a Jidoteki appliance with a self-signed certificate, trusted through its CA file', async ({
  page,
}) => {
  const dialog = await addThroughProxy(
    page,
    'Jidoteki',
    'Appliance via proxy',
    /^appliance — https:\/\/localhost:\d+ \(own CA\)$/,
  );
  await expect(dialog.getByRole('textbox', { name: 'Base URL' })).toHaveValue(setup.trusted.url);
  await expect(dialog.getByRole('textbox', { name: 'Proxy path (optional)' })).toHaveValue(
    '/proxy/appliance',
  );
  await dialog.getByRole('button', { name: 'Add connection' }).click();

  await expect(
    page.getByRole('heading', { name: /^Sign in to Appliance via proxy/ }),
  ).toBeVisible();
  await page.getByLabel('API token').fill('demo-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'System overview', level: 1 })).toBeVisible();

  // The appliance was reached only through the proxy and the HTTPS upstream.
  expect((await setup.appliance.requests('GET', 'version')).length).toBeGreaterThan(0);
  expect(setup.trusted.seen.length).toBeGreaterThan(0);
  expect(setup.trusted.seen.every((headers) => headers.origin === undefined)).toBe(true);

  // The proxy logged the requests, with query names but never their values.
  const log = setup.serveLog.join('\n');
  expect(log).toMatch(/GET \/proxy\/appliance\/api\/v1\/admin\/\S+\?hash → 200/);
  expect(log).not.toMatch(/hash=|demo-token/);
});

test('an Evon Hub whose certificate the proxy is told not to verify', async ({ page }) => {
  const dialog = await addThroughProxy(
    page,
    'Evon Hub',
    'Hub via proxy',
    /^hub — https:\/\/localhost:\d+ \(certificate not verified\)$/,
  );
  await dialog.getByRole('button', { name: 'Add connection' }).click();
  await expect(page.getByRole('heading', { name: /^Sign in to Hub via proxy/ })).toBeVisible();
  await page.getByLabel('API token').fill(EVON_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Servers', level: 1 })).toBeVisible();

  expect((await setup.hub.requests('GET', /^\/api\//)).length).toBeGreaterThan(0);
  expect(setup.selfSigned.seen.some((headers) => headers.authorization !== undefined)).toBe(true);
  expect(setup.serveLog.join('\n')).not.toContain(EVON_ADMIN_TOKEN);
});

test('an untrusted certificate without skip: the console shows the proxy’s TLS error', async ({
  page,
}) => {
  const dialog = await addThroughProxy(page, 'Evon Hub', 'Untrusted hub', /^untrusted-hub — /);
  const before = setup.selfSigned.seen.length;
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByText('Error', { exact: true })).toBeVisible();
  await expect(
    dialog.getByText(
      /^502 Bad Gateway: The proxy does not trust the TLS certificate of localhost:\d+ \(DEPTH_ZERO_SELF_SIGNED_CERT\)\. Give target "untrusted-hub" the CA file \("ca"\) or set "insecureSkipVerify": true\.$/,
    ),
  ).toBeVisible();
  // The TLS handshake failed: no request reached the upstream.
  expect(setup.selfSigned.seen.length).toBe(before);
});

test('a direct connection the browser cannot reach is explained as CORS or TLS, with the proxy as the way out', async ({
  page,
}) => {
  await page.goto(`${setup.consoleUrl}/connections`);
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Direct appliance');
  await dialog.getByRole('textbox', { name: 'Base URL' }).fill(setup.trusted.url);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByText('Unreachable', { exact: true })).toBeVisible();
  await expect(
    dialog.getByText(
      `${setup.trusted.url} did not answer this browser. If it is up, the browser probably refused it: it sends no CORS headers for ${setup.consoleUrl} or its TLS certificate is not trusted by this browser (self-signed?) — open ${setup.trusted.url} in a new tab to see which. Connect through the proxy (a proxy target for it, or a proxy path) to avoid both.`,
    ),
  ).toBeVisible();
});

test('the proxy lists its targets without secrets, and the console is served with client-side routes', async ({
  request,
}) => {
  const targets = await (await request.get(`${setup.consoleUrl}/proxy/_targets`)).json();
  expect(targets).toEqual({
    targets: [
      { id: 'appliance', url: setup.trusted.url, tls: 'ca' },
      { id: 'hub', url: setup.selfSigned.url, tls: 'skip-verify' },
      { id: 'untrusted-hub', url: setup.selfSigned.url, tls: 'system' },
    ],
  });
  const deepLink = await request.get(`${setup.consoleUrl}/c/some-connection/system`);
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<div id="root">');
  expect((await request.get(`${setup.consoleUrl}/assets/missing.js`)).status()).toBe(404);
  expect((await request.get(`${setup.consoleUrl}/sim/demo.json`)).status()).toBe(404);
});
