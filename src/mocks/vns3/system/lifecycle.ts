import { DROP_CONNECTION, jsonResponse } from '../../framework/http.ts';
import type { SimOutcome } from '../../framework/types.ts';
import type { Vns3State } from '../state.ts';

/** Starts a reboot: for `rebootDowntimeMs` the controller drops or 503s every request. */
export function startReboot(state: Vns3State, now: number): void {
  state.system.downUntil = now + state.system.rebootDowntimeMs;
  state.system.reboots += 1;
}

export function isRebooting(state: Vns3State, now: number): boolean {
  return now < state.system.downUntil;
}

/** Background work that finishes by time: keyset generation. */
export function advanceSystem(state: Vns3State, now: number): void {
  const { keyset } = state.system;
  if (keyset.finishesAt !== null && now >= keyset.finishesAt) {
    keyset.finishesAt = null;
    keyset.createdAt = now;
    keyset.checksum = now.toString(16).padStart(40, '0').slice(-40);
    state.keysetPresent = true;
  }
}

/** Called by the handler before authentication: a rebooting controller answers nothing. */
export function beforeVns3Request(state: Vns3State, now: number): SimOutcome | null {
  advanceSystem(state, now);
  if (!isRebooting(state, now)) return null;
  if (state.system.rebootAnswer === '503') {
    return { result: jsonResponse({ error: 'Controller is restarting' }, 503) };
  }
  return { result: DROP_CONNECTION };
}
