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
  build: { sourcemap: false, manifest: true, chunkSizeWarningLimit: 600 },
});
