import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

function found() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return `CHROMIUM_PATH=${fromEnv}`;
    console.error(`ensure-chromium: CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    process.exit(1);
  }
  return fs.existsSync(DEFAULT_PATH) ? DEFAULT_PATH : null;
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(
      `ensure-chromium: \`${command} ${args.join(' ')}\` failed (exit ${result.status}).`,
    );
    process.exit(1);
  }
}

let chromium = found();
if (chromium) {
  console.log(`ensure-chromium: using ${chromium}`);
  process.exit(0);
}

if (process.getuid?.() !== 0) {
  console.error(
    'Chromium is missing: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH',
  );
  process.exit(1);
}

const waitForLock = ['-o', 'DPkg::Lock::Timeout=600'];
run('apt-get', [...waitForLock, 'update']);
run('apt-get', [...waitForLock, 'install', '-y', 'chromium']);
chromium = found();
if (!chromium) {
  console.error(
    `ensure-chromium: apt-get installed chromium but ${DEFAULT_PATH} is still missing.`,
  );
  process.exit(1);
}
run(chromium, ['--version']);
console.log(`ensure-chromium: installed ${chromium}`);
