import process from 'node:process';
import { defaultConfigPath, watchedProxyConfig } from './config.mjs';
import { createProxyMiddleware, createProxyUpgradeHandler } from './proxy.mjs';

/** Mounts the same-origin proxy in the Vite dev and preview servers, ahead of everything else. */
export function proxyPlugin() {
  const configPath = defaultConfigPath(process.env, process.cwd());
  const log = (line) => console.log(line);
  const getConfig = watchedProxyConfig(configPath, log);
  const middleware = createProxyMiddleware({ getConfig, log });
  const upgrade = createProxyUpgradeHandler({ getConfig, log });
  // Returning nothing: a returned function would be run as a post-middleware hook.
  const mount = (server) => {
    server.middlewares.stack.unshift({ route: '', handle: middleware });
    server.httpServer?.on('upgrade', upgrade);
  };
  return {
    name: 'switchboard-proxy',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
