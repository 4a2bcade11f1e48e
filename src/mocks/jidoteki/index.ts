import type { SimulatorKind } from '../framework/types.ts';
import { JIDOTEKI_CONTROL_FIELDS, configureJidoteki, snapshotJidoteki } from './control.ts';
import { handleJidoteki } from './handler.ts';
import { createJidotekiState } from './state.ts';
import type { JidotekiState } from './state.ts';

export const jidotekiSimulator: SimulatorKind<JidotekiState> = {
  kind: 'jidoteki',
  controlFields: JIDOTEKI_CONTROL_FIELDS,
  create: (instanceId) => createJidotekiState(instanceId),
  handle: handleJidoteki,
  configure: (state, fields) => configureJidoteki(state, fields),
  snapshot: snapshotJidoteki,
};

export { API_PREFIX, hashForToken, requestHash, tokenKey } from './auth.ts';
export { validateNewToken, validateSettings, validateStorage } from './validation.ts';
export type { JidotekiState } from './state.ts';
