import type { SimulatorKind } from '../framework/types.ts';
import { VNS3_CONTROL_FIELDS, configureVns3, snapshotVns3 } from './control.ts';
import { handleVns3 } from './handler.ts';
import { createVns3State } from './state.ts';
import type { Vns3State } from './state.ts';

export const vns3Simulator: SimulatorKind<Vns3State> = {
  kind: 'vns3',
  controlFields: VNS3_CONTROL_FIELDS,
  create: createVns3State,
  handle: handleVns3,
  configure: configureVns3,
  snapshot: snapshotVns3,
};

export { DEMO_API_PASSWORD } from './state.ts';
