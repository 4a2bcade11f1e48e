import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const LOGIN_BUDGET = 150_000;
/** The route modules /c/:id/signin loads: its layout and its page. */
const LOGIN_ROUTE_SRCS = ['src/auth/AuthLayout.tsx', 'src/auth/pages/SignInPage.tsx'];
const enforce = process.argv.includes('--enforce');

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const manifestPath = path.join(dist, '.vite', 'manifest.json');

function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(dist)) fail('dist/ is missing; run `npm run build` first.');
if (!fs.existsSync(manifestPath)) {
  fail('dist/.vite/manifest.json is missing; build with `build.manifest: true` (`npm run build`).');
}

const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const gzipCache = new Map();
const gz = (file) => {
  if (!gzipCache.has(file)) {
    const full = path.join(dist, file);
    if (!fs.existsSync(full)) fail(`${file} is listed in the manifest but missing from dist/.`);
    gzipCache.set(file, zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length);
  }
  return gzipCache.get(file);
};
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function collect(key, files = new Set(), seen = new Set()) {
  if (seen.has(key)) return files;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) fail(`manifest has no entry "${key}".`);
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const dep of chunk.imports ?? []) collect(dep, files, seen);
  return files;
}

const entryKey = 'index.html';
if (!manifest[entryKey]?.isEntry) fail('manifest has no index.html entry.');
const loginKeys = LOGIN_ROUTE_SRCS.map((src) => {
  const key = Object.keys(manifest).find((candidate) => manifest[candidate].src === src);
  if (!key) fail(`${src} is not in the manifest (it must be a lazily loaded route).`);
  return key;
});

const loginFiles = new Set([entryKey, ...loginKeys].flatMap((key) => [...collect(key)]));
const loginSize = [...loginFiles].reduce((sum, file) => sum + gz(file), 0);

const routes = Object.entries(manifest)
  .filter(([key, chunk]) => chunk.isDynamicEntry && !loginKeys.includes(key))
  .map(([key, chunk]) => ({ name: chunk.src ?? key, size: gz(chunk.file) }))
  .sort((a, b) => b.size - a.size);

const assetsDir = path.join(dist, 'assets');
const assets = fs.existsSync(assetsDir)
  ? fs.readdirSync(assetsDir).filter((file) => /\.(js|css)$/.test(file))
  : [];
const totalSize = assets.reduce((sum, file) => sum + gz(path.join('assets', file)), 0);

const rows = [
  ['Login route (entry + AuthLayout + SignInPage, JS+CSS)', kB(loginSize), `≤ ${kB(LOGIN_BUDGET)}`],
  ...routes.map((route) => [`  route chunk ${route.name}`, kB(route.size), '']),
  [`Whole build (${assets.length} .js/.css files)`, kB(totalSize), ''],
];
const width = Math.max(...rows.map((row) => row[0].length));
console.log(`${'Bundle (gzip -9)'.padEnd(width)}  ${'size'.padStart(10)}  budget`);
for (const [name, size, budget] of rows) {
  console.log(`${name.padEnd(width)}  ${size.padStart(10)}  ${budget}`.trimEnd());
}

if (loginSize > LOGIN_BUDGET) {
  const message = `login route is ${kB(loginSize)} gzip, ${kB(loginSize - LOGIN_BUDGET)} over its ${kB(LOGIN_BUDGET)} budget.`;
  if (enforce) fail(message);
  console.log(`size: WARNING ${message}`);
} else {
  console.log('size: all budgets met.');
}
