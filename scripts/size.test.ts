// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'size.mjs');
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Random bytes: gzip keeps about all of them. */
const bytes = (size: number) => randomBytes(size);

interface Chunk {
  src?: string;
  size: number;
  imports?: string[];
  modules?: string[];
  entry?: boolean;
}

/** A fake build: a manifest and chunk-modules.json over files of the given sizes. */
function build(chunks: Record<string, Chunk>): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'size-test-'));
  dirs.push(dist);
  fs.mkdirSync(path.join(dist, '.vite'));
  fs.mkdirSync(path.join(dist, 'assets'));
  const manifest: Record<string, unknown> = {};
  const modules: Record<string, string[]> = {};
  for (const [key, chunk] of Object.entries(chunks)) {
    const file = `assets/${path.basename(key).replace(/\W/g, '_')}.js`;
    fs.writeFileSync(path.join(dist, file), bytes(chunk.size));
    manifest[key] = {
      file,
      ...(chunk.src ? { src: chunk.src } : {}),
      ...(chunk.entry ? { isEntry: true } : { isDynamicEntry: !key.startsWith('_') }),
      imports: chunk.imports ?? [],
    };
    modules[file] = chunk.modules ?? [];
  }
  fs.writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dist, '.vite', 'chunk-modules.json'), JSON.stringify(modules));
  return dist;
}

const page = (src: string, size: number, extra: Partial<Chunk> = {}): [string, Chunk] => [
  src,
  { src, size, ...extra },
];

function app(extra: [string, Chunk][] = []) {
  return build(
    Object.fromEntries([
      ['index.html', { size: 1000, entry: true }],
      page('src/auth/AuthLayout.tsx', 500),
      page('src/auth/pages/SignInPage.tsx', 500),
      page('src/auth/signin/JidotekiSignInForm.tsx', 500),
      page('src/auth/signin/SecretSignInForm.tsx', 500),
      page('src/auth/shellhub/ShellHubSignIn.tsx', 500),
      page('src/app/layout/AppLayout.tsx', 90_000),
      ...extra,
    ]),
  );
}

const run = (dist: string) =>
  spawnSync(process.execPath, [script, '--enforce'], {
    env: { ...process.env, SIZE_DIST: dist },
    encoding: 'utf8',
  });

const runWith = (args: string[], sizeDist?: string) =>
  spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, SIZE_DIST: sizeDist },
    encoding: 'utf8',
  });

describe('scripts/size.mjs --enforce', () => {
  it('passes a build within its budgets, not counting the shell against a page', () => {
    const result = run(app([page('src/features/a/pages/APage.tsx', 20_000)]));
    expect(result.stdout).toContain('route budgets and heavy-library rules met');
    expect(result.status).toBe(0);
  });

  it('fails a page that loads more than 60 kB beyond the shell', () => {
    const result = run(
      app([
        page('src/features/a/pages/BigPage.tsx', 20_000, { imports: ['_big.js'] }),
        ['_big.js', { size: 45_000 }],
      ]),
    );
    expect(result.stdout).toMatch(
      /ERROR route src\/features\/a\/pages\/BigPage.tsx loads 6\d\.\d kB/,
    );
    expect(result.status).toBe(1);
  });

  it('fails a page that statically loads the terminal player, not a lazy player component', () => {
    const xterm = ['node_modules/@xterm/xterm/lib/xterm.mjs'];
    const ok = run(
      app([page('src/features/d/components/TerminalPlayer.tsx', 5000, { modules: xterm })]),
    );
    expect(ok.status).toBe(0);
    const bad = run(app([page('src/features/d/pages/DevicesPage.tsx', 5000, { modules: xterm })]));
    expect(bad.stdout).toContain(
      'route src/features/d/pages/DevicesPage.tsx statically loads the terminal player (@xterm/xterm)',
    );
    expect(bad.status).toBe(1);
  });

  it('fails when the entry loads the QR code library', () => {
    const dist = app();
    const modulesPath = path.join(dist, '.vite', 'chunk-modules.json');
    const modules = JSON.parse(fs.readFileSync(modulesPath, 'utf8')) as Record<string, string[]>;
    modules['assets/index_html.js'] = ['node_modules/uqr/dist/index.mjs'];
    fs.writeFileSync(modulesPath, JSON.stringify(modules));
    const result = run(dist);
    expect(result.stdout).toContain('the entry loads the QR code (uqr)');
    expect(result.status).toBe(1);
  });

  it('reads the build named by --dist before SIZE_DIST', () => {
    const dist = app([
      page('src/features/a/pages/BigPage.tsx', 20_000, { imports: ['_big.js'] }),
      ['_big.js', { size: 45_000 }],
    ]);
    const missing = path.join(os.tmpdir(), 'size-test-missing');
    const result = runWith(['--dist', dist, '--enforce'], missing);
    expect(result.stdout).toContain('ERROR route src/features/a/pages/BigPage.tsx');
    expect(result.status).toBe(1);
  });

  it('fails when --dist names no directory', () => {
    const result = runWith(['--enforce', '--dist']);
    expect(result.stderr).toContain('--dist needs a directory');
    expect(result.status).toBe(1);
  });

  it('budgets pages and layouts, not lazy components kept next to pages', () => {
    const result = run(
      app([
        page('src/auth/pages/SignInNotices.tsx', 20_000, { imports: ['_big.js'] }),
        page('src/features/a/pages/BigPage.tsx', 1_000, { imports: ['_big.js'] }),
        ['_big.js', { size: 45_000 }],
      ]),
    );
    expect(result.stdout).not.toContain('SignInNotices');
    expect(result.stdout).toMatch(/src\/features\/a\/pages\/BigPage.tsx \(1\.\d kB\) +46\.\d kB/);
    expect(result.status).toBe(0);
  });
});
