import type { SimulatorKind } from '../framework/types.ts';
import { EVON_CONTROL_FIELDS, configureEvon, snapshotEvon } from './control.ts';
import { handleEvon } from './handler.ts';
import { createEvonState } from './state.ts';
import type { EvonState } from './state.ts';

export const evonSimulator: SimulatorKind<EvonState> = {
  kind: 'evon',
  controlFields: EVON_CONTROL_FIELDS,
  create: createEvonState,
  handle: handleEvon,
  configure: configureEvon,
  snapshot: snapshotEvon,
};

export { DEMO_TOKEN, DEPLOYER_TOKEN, USER_TOKEN } from './state.ts';
export type { EvonState } from './state.ts';
