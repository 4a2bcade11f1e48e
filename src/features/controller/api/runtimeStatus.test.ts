import { describe, expect, it } from 'vitest';
import { runtimeStatusSchema, summariseRuntime } from './runtimeStatus';

describe('GET /status summary', () => {
  it('counts tunnels up, clients, and lists the subnets', () => {
    const status = runtimeStatusSchema.parse({
      ipsec: {
        1: { id: 1, connected: true, enabled: true },
        2: { id: 2, connected: false, enabled: true },
      },
      connected_clients: { '100.64.0.10': { managerid: 1, overlay_ipaddress: '100.64.0.10' } },
      connected_subnets: [['10.10.0.0', '255.255.255.0']],
    });
    expect(summariseRuntime(status)).toEqual({
      tunnels: 2,
      tunnelsUp: 1,
      clients: 1,
      subnets: ['10.10.0.0 / 255.255.255.0'],
    });
  });

  it('reads an empty controller as zeros', () => {
    expect(summariseRuntime(runtimeStatusSchema.parse({}))).toEqual({
      tunnels: 0,
      tunnelsUp: 0,
      clients: 0,
      subnets: [],
    });
  });

  it('refuses a subnet that is not a list of strings', () => {
    expect(runtimeStatusSchema.safeParse({ connected_subnets: ['10.0.0.0'] }).success).toBe(false);
  });
});
