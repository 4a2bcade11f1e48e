import type { SimulatorKind } from '../framework/types.ts';
import { SHELLHUB_CONTROL_FIELDS, configureShellHub, snapshotShellHub } from './control.ts';
import { handleShellHub } from './handler.ts';
import { createShellHubState } from './state.ts';
import type { ShellHubState } from './state.ts';

export const shellHubSimulator: SimulatorKind<ShellHubState> = {
  kind: 'shellhub',
  controlFields: SHELLHUB_CONTROL_FIELDS,
  create: createShellHubState,
  handle: handleShellHub,
  configure: configureShellHub,
  snapshot: snapshotShellHub,
};

export { DEMO_PASSWORD, DEMO_TENANT, DEMO_USER_ID, DEMO_USERNAME } from './state.ts';
export { issueJwt } from './jwt.ts';
