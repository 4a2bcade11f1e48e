import type { Connect, Plugin } from 'vite';
import { createSimMiddleware } from './framework/node-bridge';
import { handleSimRequest } from './framework/router';

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
