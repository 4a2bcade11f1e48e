import { describe, expect, it } from 'vitest';
import {
  appliedConfigsSchema,
  appsStatesSchema,
  configFileSetSchema,
  deviceListItemSchema,
  deviceSchema,
  rolloutSchema,
  targetTestSchema,
  updateEventsSchema,
} from './schemas';

const item = {
  uuid: 'u1',
  'created-at': 1700000000,
  'last-seen': 1700000100,
  target: 'intel-corei7-64-lmp-42',
  tag: 'main',
  labels: { name: 'gw-1', group: 'alpha' },
};

describe('gateway response schemas (field names as served)', () => {
  it('parses a list item and rejects camel-cased fields', () => {
    expect(deviceListItemSchema.parse(item)).toEqual(item);
    const renamed: Record<string, unknown> = { ...item, lastSeen: 1 };
    delete renamed['last-seen'];
    expect(deviceListItemSchema.safeParse(renamed).success).toBe(false);
  });

  it('parses a device with and without status, and null apps', () => {
    const device = {
      ...item,
      apps: null,
      'ostree-hash': 'abc',
      pubkey: '',
      'update-name': '',
      'aktualizr-toml': '',
      'hardware-info': '{}',
      'network-info': '{}',
    };
    expect(deviceSchema.safeParse(device).success).toBe(true);
    const status = {
      uuid: 'u1',
      correlationId: 'c',
      'target-name': 't',
      status: 'Installation completed; succeeded',
      deviceTime: '2026-01-01T00:00:00Z',
    };
    expect(deviceSchema.parse({ ...device, status }).status).toEqual(status);
  });

  it('parses apps states, update events and tests', () => {
    expect(
      appsStatesSchema.safeParse({
        apps_states: [
          {
            deviceTime: '2026-01-01T00:00:00Z',
            ostree: 'b',
            apps: {
              a: { uri: 'x', state: 'healthy', services: [{ name: 's', state: 'running' }] },
            },
          },
        ],
      }).success,
    ).toBe(true);
    expect(
      updateEventsSchema.safeParse([
        {
          id: 'e',
          deviceTime: 't',
          event: { correlationId: 'c', ecu: 'e', targetName: 't', version: '42', success: true },
          eventType: { id: 'EcuInstallationCompleted', version: 0 },
        },
      ]).success,
    ).toBe(true);
    expect(
      targetTestSchema.safeParse({
        uuid: 'smoke-test-000001',
        name: 'smoke',
        target_name: 't',
        status: 'PASSED',
        created_on: 1,
        completed_on: null,
      }).success,
    ).toBe(true);
  });

  it('parses configs, applied configs and rollouts', () => {
    expect(
      configFileSetSchema.safeParse({
        Files: { a: { Value: 'v', Unencrypted: true, OnChanged: ['/bin/x'] } },
        Reason: 'r',
        CreatedAt: 1,
        CreatedBy: 'admin',
      }).success,
    ).toBe(true);
    expect(configFileSetSchema.safeParse({ Reason: 'history without files' }).success).toBe(true);
    expect(
      appliedConfigsSchema.safeParse({ Files: {}, AppliedAt: 1, AuditTrail: [{}, {}, {}] }).success,
    ).toBe(true);
    expect(rolloutSchema.parse({ groups: ['beta'], committed: false })).toEqual({
      groups: ['beta'],
      committed: false,
    });
    expect(rolloutSchema.safeParse({ uuids: ['a'] }).success).toBe(false);
  });
});
