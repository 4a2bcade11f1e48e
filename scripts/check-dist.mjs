import fs from 'node:fs';
import path from 'node:path';

// Strings only the simulators contain: the fault body of the framework and Jidoteki's Server header.
const MARKERS = ['Simulated server fault', 'PicoLisp', 'src/mocks'];

const dist = path.resolve(import.meta.dirname, '..', 'dist');
if (!fs.existsSync(dist)) {
  console.error('check-dist: dist/ is missing; run `vite build` first.');
  process.exit(1);
}

const files = fs
  .readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)));

const problems = [];
for (const file of files) {
  if (/mocks/i.test(file)) problems.push(`${file}: file path contains "mocks"`);
  const content = fs.readFileSync(path.join(dist, file));
  for (const marker of MARKERS) {
    if (content.includes(marker)) problems.push(`${file}: contains "${marker}"`);
  }
}

console.log(
  `check-dist: scanned ${files.length} files in dist/ for simulator code ` +
    `(paths containing "mocks"; contents containing ${MARKERS.map((m) => `"${m}"`).join(', ')}).`,
);
if (problems.length > 0) {
  console.error('check-dist: simulator code leaked into the production build:');
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('check-dist: OK, no simulator code in dist/.');
