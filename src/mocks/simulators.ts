import { createRegistry } from './framework/registry.ts';
import { createKindRuntime } from './framework/runtime.ts';
import { deviceGatewaySimulator } from './devicegw/index.ts';
import { evonSimulator } from './evon/index.ts';
import { jidotekiSimulator } from './jidoteki/index.ts';

export const simulatorRegistry = createRegistry([
  createKindRuntime(jidotekiSimulator),
  createKindRuntime(deviceGatewaySimulator),
  createKindRuntime(evonSimulator),
]);
