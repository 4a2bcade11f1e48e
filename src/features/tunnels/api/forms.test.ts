import { describe, expect, it } from 'vitest';
import { bgpPeerFormSchema, bgpPeerValues } from './bgpPeer';
import { createEndpointSchema, endpointFormSchema, endpointFormValues } from './endpoint';
import { ipsecTreeSchema, toTree, withEndpoint } from './ipsec';
import { pairFormSchema, subnetPairValues, tunnelFormSchema } from './subnetPair';

describe('tunnels: the IPsec tree', () => {
  it('orders endpoints, tunnels, pairs and peers by id', () => {
    const tree = toTree(
      ipsecTreeSchema.parse({
        this_endpoint: { ipaddress: '3.3.3.3', asn: 65001 },
        remote_endpoints: {
          '7': { id: 7, name: 'B', ipaddress: '192.0.2.7' },
          '2': {
            id: 2,
            name: 'A',
            ipaddress: '192.0.2.2',
            tunnels: {
              '9': {
                id: 9,
                local_subnet: '10.0.0.0/24',
                remote_subnet: '10.9.0.0/16',
                enabled: true,
              },
              '3': {
                id: 3,
                local_subnet: '10.0.0.0/24',
                remote_subnet: '10.3.0.0/16',
                enabled: false,
              },
            },
          },
        },
      }),
    );
    expect(tree.endpoints.map((endpoint) => endpoint.id)).toEqual([2, 7]);
    expect(tree.endpoints[0]?.tunnels.map((tunnel) => tunnel.id)).toEqual([3, 9]);
    expect(tree.endpoints[1]?.trafficPairs).toEqual([]);
    const replaced = withEndpoint(tree, { ...tree.endpoints[1]!, name: 'B2' });
    expect(replaced?.endpoints.map((endpoint) => endpoint.name)).toEqual(['A', 'B2']);
  });
});

describe('tunnels: form rules', () => {
  it('needs a PSK to create an endpoint but not to edit one', () => {
    const values = { ...endpointFormValues(), name: 'Paris', ipaddress: '192.0.2.10' };
    expect(createEndpointSchema.safeParse(values).error?.issues[0]?.path).toEqual(['secret']);
    expect(endpointFormSchema.safeParse(values).success).toBe(true);
    expect(createEndpointSchema.safeParse({ ...values, secret: 'k' }).success).toBe(true);
    expect(
      endpointFormSchema.safeParse({ ...values, extraConfig: 'phase1=aes256 ike=x' }).success,
    ).toBe(false);
    expect(
      endpointFormSchema.safeParse({ ...values, routeBasedIntAddress: '169.254.0.1/33' }).success,
    ).toBe(false);
  });

  it('lets a tunnel default its local subnet but not a traffic pair', () => {
    const values = { ...subnetPairValues(), remoteSubnet: '192.168.10.0/24' };
    expect(tunnelFormSchema.safeParse(values).success).toBe(true);
    expect(pairFormSchema.safeParse(values).success).toBe(false);
    expect(tunnelFormSchema.safeParse({ ...values, pingInterval: '3601' }).success).toBe(false);
    expect(tunnelFormSchema.safeParse({ ...values, pingIpaddress: '10.0.0' }).success).toBe(false);
  });

  it('checks eBGP ASNs, timers and access lists', () => {
    const peer = { ...bgpPeerValues(), ipaddress: '169.254.0.2', asn: '65010' };
    expect(bgpPeerFormSchema.safeParse(peer).success).toBe(true);
    expect(bgpPeerFormSchema.safeParse({ ...peer, asn: '0' }).success).toBe(false);
    expect(bgpPeerFormSchema.safeParse({ ...peer, asn: '4294967295' }).success).toBe(true);
    expect(bgpPeerFormSchema.safeParse({ ...peer, holdTime: '2' }).success).toBe(false);
    expect(
      bgpPeerFormSchema.safeParse({ ...peer, accessList: 'in permit 10.0.0.0/8\nout permit x' })
        .success,
    ).toBe(false);
  });
});
