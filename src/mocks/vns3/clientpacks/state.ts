export interface Clientpack {
  name: string;
  overlayIp: string;
  sequentialId: number;
  enabled: boolean;
  checkedOut: boolean;
  connected: boolean;
  /** Public address of a connected client. */
  clientIp: string | null;
  compression: 'on' | 'off';
  lastConnect: number | null;
  lastDisconnect: number | null;
  tags: Record<string, string>;
  /** Bumped by regenerate: changes the files and their checksums. */
  generation: number;
}

export interface ClientpacksState {
  packs: Map<string, Clientpack>;
  /** How many packs the licence allows. */
  capacity: number;
}

export const packName = (ip: string) => ip.replaceAll('.', '_');

export function makePack(index: number, now: number): Clientpack {
  const slot = 193 + index;
  const overlayIp = `100.127.${255 - Math.floor(slot / 256)}.${slot % 256}`;
  const connected = index % 4 === 1;
  return {
    name: packName(overlayIp),
    overlayIp,
    sequentialId: index + 1,
    enabled: index % 7 !== 6,
    checkedOut: connected || index % 5 === 0,
    connected,
    clientIp: connected ? `198.51.100.${10 + index}` : null,
    compression: 'on',
    lastConnect: connected ? now - 3_600_000 : null,
    lastDisconnect: null,
    tags: index === 1 ? { owner: 'alice' } : {},
    generation: 1,
  };
}

export function packsOf(count: number, now: number): Map<string, Clientpack> {
  return new Map(
    Array.from({ length: count }, (_, index) => makePack(index, now)).map((pack) => [
      pack.name,
      pack,
    ]),
  );
}

export function createClientpacksState(now: number): ClientpacksState {
  return { packs: packsOf(12, now), capacity: 62 };
}
