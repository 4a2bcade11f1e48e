import { createRegistry } from './framework/registry.ts';
import { createKindRuntime } from './framework/runtime.ts';
import { deviceGatewaySimulator } from './devicegw/index.ts';
import { evonSimulator } from './evon/index.ts';
import { jidotekiSimulator } from './jidoteki/index.ts';
import { shellHubSimulator } from './shellhub/index.ts';
import { vns3Simulator } from './vns3/index.ts';

export const simulatorRegistry = createRegistry([
  createKindRuntime(jidotekiSimulator),
  createKindRuntime(deviceGatewaySimulator),
  createKindRuntime(evonSimulator),
  createKindRuntime(vns3Simulator),
  createKindRuntime(shellHubSimulator),
]);
