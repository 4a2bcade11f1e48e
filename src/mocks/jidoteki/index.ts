import type { SimulatorKind } from '../framework/types';
import { JIDOTEKI_CONTROL_FIELDS, configureJidoteki, snapshotJidoteki } from './control';
import { handleJidoteki } from './handler';
import { createJidotekiState } from './state';
import type { JidotekiState } from './state';

export const jidotekiSimulator: SimulatorKind<JidotekiState> = {
  kind: 'jidoteki',
  controlFields: JIDOTEKI_CONTROL_FIELDS,
  create: (instanceId) => createJidotekiState(instanceId),
  handle: handleJidoteki,
  configure: (state, fields) => configureJidoteki(state, fields),
  snapshot: snapshotJidoteki,
};

export { API_PREFIX, hashForToken, requestHash, tokenKey } from './auth';
export { validateNewToken, validateSettings, validateStorage } from './validation';
export type { JidotekiState } from './state';
