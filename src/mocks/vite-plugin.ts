import type { Connect, Plugin } from 'vite';
import { createSimMiddleware } from './framework/node-bridge.ts';
import { handleSimRequest } from './framework/router.ts';

function mountFirst(middlewares: Connect.Server, handle: Connect.NextHandleFunction): void {
  middlewares.stack.unshift({ route: '', handle });
}

export function simulatorsPlugin(): Plugin {
  const middleware = createSimMiddleware(handleSimRequest) as Connect.NextHandleFunction;
  return {
    name: 'switchboard-simulators',
    configureServer(server) {
      mountFirst(server.middlewares, middleware);
    },
    configurePreviewServer(server) {
      mountFirst(server.middlewares, middleware);
    },
  };
}
