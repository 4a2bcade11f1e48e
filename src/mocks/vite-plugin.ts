import type { Connect, Plugin } from 'vite';
import { createSimMiddleware } from './framework/node-bridge.ts';
import { handleSimRequest } from './framework/router.ts';

/**
 * Node closes an idle keep-alive socket after 5 s; a client that reuses the socket at that moment
 * gets ECONNRESET (seen with Playwright's request context between test steps). A longer idle time
 * makes that race all but impossible.
 */
const KEEP_ALIVE_MS = 65_000;

function keepSocketsAlive(httpServer: object | null) {
  // An HTTP/2 server has no keep-alive timeout to set.
  if (!httpServer || !('keepAliveTimeout' in httpServer) || !('headersTimeout' in httpServer))
    return;
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;
}

function mountFirst(middlewares: Connect.Server, handle: Connect.NextHandleFunction): void {
  middlewares.stack.unshift({ route: '', handle });
}

export function simulatorsPlugin(): Plugin {
  const middleware = createSimMiddleware(handleSimRequest) as Connect.NextHandleFunction;
  return {
    name: 'switchboard-simulators',
    configureServer(server) {
      keepSocketsAlive(server.httpServer);
      mountFirst(server.middlewares, middleware);
    },
    configurePreviewServer(server) {
      keepSocketsAlive(server.httpServer);
      mountFirst(server.middlewares, middleware);
    },
  };
}
