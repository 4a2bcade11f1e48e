import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// `npm run bench` (bench/run.mjs) builds into BENCH_DIST and serves it on BENCH_PORT.
const port = Number(process.env.BENCH_PORT ?? 4318);
const dist = process.env.BENCH_DIST ?? 'dist';
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
  use: { baseURL, trace: 'off', screenshot: 'off', viewport: { width: 1280, height: 900 } },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    // The simulators are mounted by the repository's vite.config.ts.
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: baseURL,
    reuseExistingServer: true,
    timeout: 120_000,
  },
});
