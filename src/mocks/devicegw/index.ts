import type { SimulatorKind } from '../framework/types.ts';
import {
  DEVICEGW_CONTROL_FIELDS,
  configureDeviceGateway,
  snapshotDeviceGateway,
} from './control.ts';
import { handleDeviceGateway } from './handler.ts';
import { createDeviceGatewayState } from './state.ts';
import type { DeviceGatewayState } from './state.ts';

export const deviceGatewaySimulator: SimulatorKind<DeviceGatewayState> = {
  kind: 'devicegw',
  controlFields: DEVICEGW_CONTROL_FIELDS,
  create: createDeviceGatewayState,
  handle: handleDeviceGateway,
  configure: configureDeviceGateway,
  snapshot: snapshotDeviceGateway,
};

export { DEMO_TOKEN } from './state.ts';
export { seedUuid } from './seed.ts';
