import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './csp.config.mjs';
import { chunkModulesPlugin } from './scripts/chunk-modules-plugin.mjs';
import { proxyPlugin } from './scripts/proxy/vite-plugin.mjs';
import { simulatorsPlugin } from './src/mocks/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), simulatorsPlugin(), proxyPlugin(), cspPlugin(), chunkModulesPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
    // Every browser the console supports preloads modules natively (0.3 kB off the first page).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries the sign-in page loads whole: one chunk each compresses better (1.9 kB gzip
        // off the first page) than the slivers automatic chunking cuts them into.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
            { name: 'forms', test: /[\\/]node_modules[\\/](react-hook-form|@hookform)[\\/]/ },
          ],
        },
      },
    },
  },
});
