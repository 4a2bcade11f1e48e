import { describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/connections/schema';
import { type PaletteContext, buildPaletteEntries, matchesQuery } from './paletteActions';

const lab: Connection = {
  id: 'lab',
  kind: 'jidoteki',
  name: 'Lab appliance',
  baseUrl: 'https://lab.example',
  createdAt: '',
};
const gw: Connection = {
  id: 'gw',
  kind: 'devicegw',
  name: 'Gateway',
  baseUrl: 'https://gw.example',
  createdAt: '',
};

function context(overrides: Partial<PaletteContext> = {}): PaletteContext {
  return {
    connections: [lab, gw],
    navFor: (connection) =>
      connection.kind === 'jidoteki'
        ? [
            { label: 'Overview', path: 'system' },
            { label: 'Updates', path: 'system/updates' },
          ]
        : [{ label: 'Devices', path: 'gateway/devices' }],
    current: null,
    colorScheme: 'light',
    navigate: vi.fn(),
    toggleColorScheme: vi.fn(),
    signOut: vi.fn(),
    ...overrides,
  };
}

describe('buildPaletteEntries', () => {
  it('has every page of every connection, each connection, and the common actions', () => {
    const entries = buildPaletteEntries(context());
    expect(
      entries.map(
        (entry) =>
          `${entry.group}: ${entry.label}${entry.description ? ` (${entry.description})` : ''}`,
      ),
    ).toEqual([
      'Go to: Fleet',
      'Go to: Connections',
      'Go to: Audit trail',
      'Actions: Add connection',
      'Actions: Export or import connections',
      'Actions: Switch to dark mode',
      'Connections: Lab appliance (Jidoteki · https://lab.example)',
      'Connections: Gateway (Device gateway · https://gw.example)',
      'Pages: Overview (Lab appliance · Jidoteki)',
      'Pages: Updates (Lab appliance · Jidoteki)',
      'Pages: Devices (Gateway · Device gateway)',
    ]);
  });

  it('navigates to the page of the right connection', () => {
    const ctx = context();
    const entries = buildPaletteEntries(ctx);
    entries.find((entry) => entry.id === 'page:lab:system/updates')?.run();
    entries.find((entry) => entry.id === 'connection:gw')?.run();
    entries.find((entry) => entry.id === 'action:add-connection')?.run();
    expect(vi.mocked(ctx.navigate).mock.calls).toEqual([
      ['/c/lab/system/updates'],
      ['/c/gw'],
      ['/connections?add=1'],
    ]);
  });

  it('offers signing out only of the current, signed-in connection', () => {
    expect(
      buildPaletteEntries(context({ current: { connection: lab, signedIn: false } })).some(
        (e) => e.id === 'action:sign-out',
      ),
    ).toBe(false);
    const ctx = context({ current: { connection: lab, signedIn: true }, colorScheme: 'dark' });
    const entries = buildPaletteEntries(ctx);
    const signOut = entries.find((entry) => entry.id === 'action:sign-out');
    expect(signOut?.label).toBe('Sign out of Lab appliance');
    signOut?.run();
    expect(ctx.signOut).toHaveBeenCalledWith(lab);
    expect(entries.find((entry) => entry.id === 'action:color-scheme')?.label).toBe(
      'Switch to light mode',
    );
  });
});

describe('matchesQuery', () => {
  const [updates] = buildPaletteEntries(context()).filter(
    (entry) => entry.id === 'page:lab:system/updates',
  );

  it.each(['', 'updates', 'lab upd', 'JIDOTEKI updates', '  appliance  '])(
    '%j matches',
    (query) => {
      expect(matchesQuery(updates!, query)).toBe(true);
    },
  );

  it.each(['gateway updates', 'devices'])('%j does not match', (query) => {
    expect(matchesQuery(updates!, query)).toBe(false);
  });
});
