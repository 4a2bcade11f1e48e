import { createRegistry } from './framework/registry';
import { createKindRuntime } from './framework/runtime';
import { jidotekiSimulator } from './jidoteki';

export const simulatorRegistry = createRegistry([createKindRuntime(jidotekiSimulator)]);
