// npm run bench: production build, then the benches in Chromium against `vite preview`.
// BENCH_DIST (default dist) and BENCH_PORT (default 4318) keep it apart from other runs;
// extra arguments go to Playwright (e.g. a bench file name).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const dist = process.env.BENCH_DIST ?? 'dist';
const env = { ...process.env, BENCH_DIST: dist };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.argv.includes('--no-build')) {
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir']);
}
const extra = process.argv.slice(2).filter((arg) => arg !== '--no-build');
run('npx', ['playwright', 'test', '-c', 'bench/playwright.bench.config.ts', ...extra]);
