import type { SimulatorKind } from '../framework/types';
import { EVON_CONTROL_FIELDS, configureEvon, snapshotEvon } from './control';
import { handleEvon } from './handler';
import { createEvonState } from './state';
import type { EvonState } from './state';

export const evonSimulator: SimulatorKind<EvonState> = {
  kind: 'evon',
  controlFields: EVON_CONTROL_FIELDS,
  create: createEvonState,
  handle: handleEvon,
  configure: configureEvon,
  snapshot: snapshotEvon,
};

export { DEMO_TOKEN, DEPLOYER_TOKEN, USER_TOKEN } from './state';
export type { EvonState } from './state';
