import type { Vns3SliceControl } from '../routes.ts';
import { packsOf } from './state.ts';

export { clientpacksRoutes } from './routes.ts';
export { type ClientpacksState, createClientpacksState } from './state.ts';

const MAX_PACKS = 5_000;

export const clientpacksControl: Vns3SliceControl = {
  fields: ['clientpackCount', 'clientpackCapacity'],
  parse(name, value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PACKS) {
      return `${name} must be an integer from 0 to ${MAX_PACKS}`;
    }
    if (name === 'clientpackCount') {
      return (state, now) => void (state.clientpacks.packs = packsOf(value, now));
    }
    if (name === 'clientpackCapacity') return (state) => void (state.clientpacks.capacity = value);
    return `Unknown control field: ${name}`;
  },
  snapshot: (state) => ({
    clientpackCount: state.clientpacks.packs.size,
    clientpackCapacity: state.clientpacks.capacity,
    clientpacksConnected: [...state.clientpacks.packs.values()].filter((pack) => pack.connected)
      .length,
  }),
};
