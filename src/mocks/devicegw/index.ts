import type { SimulatorKind } from '../framework/types';
import { DEVICEGW_CONTROL_FIELDS, configureDeviceGateway, snapshotDeviceGateway } from './control';
import { handleDeviceGateway } from './handler';
import { createDeviceGatewayState } from './state';
import type { DeviceGatewayState } from './state';

export const deviceGatewaySimulator: SimulatorKind<DeviceGatewayState> = {
  kind: 'devicegw',
  controlFields: DEVICEGW_CONTROL_FIELDS,
  create: createDeviceGatewayState,
  handle: handleDeviceGateway,
  configure: configureDeviceGateway,
  snapshot: snapshotDeviceGateway,
};

export { DEMO_TOKEN } from './state';
export { seedUuid } from './seed';
