import { createRegistry } from './framework/registry';
import { createKindRuntime } from './framework/runtime';
import { deviceGatewaySimulator } from './devicegw';
import { evonSimulator } from './evon';
import { jidotekiSimulator } from './jidoteki';

export const simulatorRegistry = createRegistry([
  createKindRuntime(jidotekiSimulator),
  createKindRuntime(deviceGatewaySimulator),
  createKindRuntime(evonSimulator),
]);
