// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { call, control, newController } from './testHelpers.ts';
import { isCidr, netmaskOf } from './validate.ts';

describe('vns3 edge simulator: validation helpers', () => {
  it('accepts only clean IPv4 networks as CIDR', () => {
    expect(isCidr('10.0.0.0/8')).toBe(true);
    expect(isCidr('0.0.0.0/0')).toBe(true);
    expect(isCidr('192.168.1.7/32')).toBe(true);
    expect(isCidr('10.0.0.1/24')).toBe(false);
    expect(isCidr('10.0.0.0/33')).toBe(false);
    expect(isCidr('10.0.0/24')).toBe(false);
    expect(isCidr('010.0.0.0/8')).toBe(false);
    expect(netmaskOf('10.0.0.0/20')).toBe('255.255.240.0');
    expect(netmaskOf('0.0.0.0/0')).toBe('0.0.0.0');
  });
});

describe('vns3 edge simulator: IPsec', () => {
  it('lists endpoints as a map keyed by id with tunnels, pairs and peers', async () => {
    const id = newController();
    const { status, body } = await call(id, 'GET', '/ipsec');
    expect(status).toBe(200);
    expect(Object.keys(body.response.remote_endpoints)).toEqual(['1', '2', '3']);
    const frankfurt = body.response.remote_endpoints['1'];
    expect(frankfurt).toMatchObject({
      name: 'Datacenter Frankfurt',
      ike_version: 2,
      vpn_type: 'policy',
    });
    expect(Object.keys(frankfurt.tunnels)).toEqual(['1', '2']);
    expect(frankfurt.bgp_peers['1']).toMatchObject({ asn: 65010, ipaddress: '169.254.10.1' });
    expect(body.response.remote_endpoints['2'].traffic_pairs['1']).toMatchObject({
      local_subnet: '10.10.0.0/24',
      enabled: true,
    });
  });

  it('moves byte counters of connected tunnels only, as strings', async () => {
    const id = newController();
    const first = (await call(id, 'GET', '/status/ipsec')).body.response;
    await new Promise((resolve) => setTimeout(resolve, 60));
    const second = (await call(id, 'GET', '/status/ipsec')).body.response;
    expect(first['1'].connected).toBe(true);
    expect(typeof second['1'].tunnel_params.bytes_in).toBe('string');
    expect(Number(second['1'].tunnel_params.bytes_in)).toBeGreaterThan(
      Number(first['1'].tunnel_params.bytes_in),
    );
    expect(first['4']).toMatchObject({ enabled: false, connected: false });
    expect(second['4'].tunnel_params.bytes_in).toBe(first['4'].tunnel_params.bytes_in);
    const upDown = (await call(id, 'GET', '/status/ipsec?up_down_status_only=true')).body.response;
    expect(upDown['2']).toEqual({ connected: false });
  });

  it('creates an endpoint and refuses bad input with 400, counted as validation rejections', async () => {
    const id = newController();
    const created = await call(id, 'POST', '/ipsec/endpoints', {
      name: 'Paris',
      ipaddress: '198.51.100.99',
      secret: 'very-secret',
      ike_version: 2,
      extra_config: 'phase1=aes256-sha2_256-dh14 phase2=aes256',
    });
    expect(created.status).toBe(200);
    expect(created.body.response).toMatchObject({ id: 4, name: 'Paris', psk: 'very-secret' });
    for (const bad of [
      { name: 'X', ipaddress: '300.1.1.1', secret: 's' },
      { name: 'Y', ipaddress: '198.51.100.1' },
      { name: 'Paris', ipaddress: '198.51.100.1', secret: 's' },
      { name: 'Z', ipaddress: '198.51.100.1', secret: 's', ike_version: 3 },
      { name: 'W', ipaddress: '198.51.100.1', secret: 's', extra_config: 'phase3=x' },
    ]) {
      const answer = await call(id, 'POST', '/ipsec/endpoints', bad);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.name).toBe('APIArgumentError');
    }
    expect((await control(id)).rejectedForValidation).toBe(5);
  });

  it('adds, bounces, disables and deletes a tunnel, recording link history', async () => {
    const id = newController();
    const added = await call(id, 'POST', '/ipsec/endpoints/3/tunnels', {
      local_subnet: '10.10.0.0/16',
      remote_subnet: '10.201.0.0/16',
      ping_ipaddress: '10.201.0.1',
      ping_interval: 30,
    });
    expect(added.status).toBe(200);
    expect(added.body.response.tunnels['6']).toMatchObject({
      remote_subnet: '10.201.0.0/16',
      connected: true,
    });
    expect(
      (await call(id, 'POST', '/ipsec/endpoints/3/tunnels', { remote_subnet: '10.201.0.1/16' }))
        .status,
    ).toBe(400);
    expect(
      (
        await call(id, 'POST', '/ipsec/endpoints/3/tunnels', {
          remote_subnet: '10.201.0.0/16',
          local_subnet: '10.10.0.0/16',
        })
      ).status,
    ).toBe(400);
    expect(
      (await call(id, 'POST', '/ipsec/endpoints/99/tunnels', { remote_subnet: '10.9.0.0/16' }))
        .status,
    ).toBe(404);
    const disabled = await call(id, 'PUT', '/ipsec/endpoints/3/tunnels/6', { enabled: false });
    expect(disabled.body.response).toMatchObject({ enabled: false, connected: false });
    const history = await call(id, 'GET', '/status/link_history?tunnelid=6');
    expect(history.body.response.history.map((event: { event: string }) => event.event)).toEqual([
      'down',
      'up',
    ]);
    expect((await call(id, 'GET', '/status/link_history?remote=10.1.1.1')).status).toBe(400);
    const removed = await call(id, 'DELETE', '/ipsec/endpoints/3/tunnels/6');
    expect(Object.keys(removed.body.response.tunnels)).toEqual(['5']);
  });

  it('answers 403 when the licensed tunnel limit is reached', async () => {
    const id = newController();
    await control(id, { tunnelLimit: 7 });
    expect(
      (await call(id, 'POST', '/ipsec/endpoints/1/tunnels', { remote_subnet: '10.90.0.0/16' }))
        .status,
    ).toBe(200);
    const refused = await call(id, 'POST', '/ipsec/endpoints/1/tunnels', {
      remote_subnet: '10.91.0.0/16',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/limit/);
  });

  it('manages traffic pairs and eBGP peers', async () => {
    const id = newController();
    const pair = await call(id, 'POST', '/ipsec/endpoints/2/traffic_pairs', {
      local_subnet: '10.10.2.0/24',
      remote_subnet: '192.168.80.0/24',
    });
    expect(pair.body.response).toMatchObject({ id: 2, enabled: true, endpoint_id: 2 });
    expect(
      (await call(id, 'PUT', '/ipsec/endpoints/2/traffic_pairs/2/disable')).body.response.enabled,
    ).toBe(false);
    expect(
      (await call(id, 'PUT', '/ipsec/endpoints/2/traffic_pairs/2', { description: 'Cams' })).body
        .response.description,
    ).toBe('Cams');
    expect(
      (
        await call(id, 'POST', '/ipsec/endpoints/2/traffic_pairs', {
          remote_subnet: '192.168.81.0/24',
        })
      ).status,
    ).toBe(400);
    expect((await call(id, 'DELETE', '/ipsec/endpoints/2/traffic_pairs/2')).status).toBe(200);
    const peer = await call(id, 'POST', '/ipsec/endpoints/2/ebgp_peers', {
      ipaddress: '169.254.20.2',
      asn: 65020,
      access_list: 'in permit 192.168.0.0/16\nout permit 10.10.0.0/16',
      hold_time: 30,
      keepalive_interval: 10,
    });
    expect(peer.body.response.bgp_peers['2']).toMatchObject({ asn: 65020, hold_time: 30 });
    expect(
      (
        await call(id, 'POST', '/ipsec/endpoints/2/ebgp_peers', {
          ipaddress: '169.254.20.3',
          asn: 0,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(id, 'POST', '/ipsec/endpoints/2/ebgp_peers', {
          ipaddress: '169.254.20.3',
          asn: 1,
          access_list: 'in allow x',
        })
      ).status,
    ).toBe(400);
    expect(
      (await call(id, 'GET', '/ipsec/endpoints/2/ebgp_peers/2?verbose=true')).body.response
        .connection_detail,
    ).toMatch(
      /^BGP neighbor is 169\.254\.20\.2, remote AS 65020, external link\n {2}BGP state = Established[\s\S]*Hold time is 30, keepalive interval is 10 seconds/,
    );
    expect(
      (await call(id, 'GET', '/ipsec/endpoints/2/ebgp_peers/2')).body.response,
    ).not.toHaveProperty('connection_detail');
    const removed = await call(id, 'DELETE', '/ipsec/endpoints/2/ebgp_peers/2');
    expect(removed.body.response.bgp_peers).toEqual({});
  });

  it('deletes an endpoint and returns the whole tree', async () => {
    const id = newController();
    const answer = await call(id, 'DELETE', '/ipsec/endpoints/1');
    expect(Object.keys(answer.body.response.remote_endpoints)).toEqual(['2', '3']);
    expect((await call(id, 'GET', '/ipsec/endpoints/1')).body.error?.message).toBe(
      'endpoint_id does not exist',
    );
  });
});

describe('vns3 edge simulator: prerequisites', () => {
  it('answers 403 PrerequisiteError on status and IPsec calls while unlicensed', async () => {
    const id = newController();
    await control(id, { licensed: false });
    for (const path of ['/status/ipsec', '/ipsec', '/routes', '/peering', '/status/system']) {
      const answer = await call(id, 'GET', path);
      expect(answer.status).toBe(403);
      expect(answer.body.error).toMatchObject({
        name: 'PrerequisiteError',
        message: 'Must be licensed first.',
      });
    }
    const config = await call(id, 'GET', '/config');
    expect(config.body.response).toMatchObject({ licensed: false, keyset_present: true });
  });

  it('signs in with basic auth only with the API password', async () => {
    const id = newController();
    const wrong = `Basic ${Buffer.from('api:nope').toString('base64')}`;
    expect((await call(id, 'GET', '/config', undefined, wrong)).status).toBe(401);
    expect((await call(id, 'GET', '/config', undefined, null)).status).toBe(401);
  });
});

describe('vns3 edge simulator: network', () => {
  it('adds, disables and deletes routes; refuses bad ones', async () => {
    const id = newController();
    const added = await call(id, 'POST', '/routes', {
      cidr: '10.60.0.0/16',
      interface: 'eth0',
      gateway: '192.168.1.1',
      metric: 5,
    });
    expect(added.body.response['4']).toMatchObject({
      cidr: '10.60.0.0/16',
      netmask: '255.255.0.0',
      enabled: true,
    });
    for (const bad of [
      { cidr: '10.60.0.1/16', interface: 'eth0' },
      { cidr: '10.61.0.0/16' },
      { cidr: '10.61.0.0/16', interface: 'eth9' },
      { cidr: '10.61.0.0/16', interface: 'eth0', metric: 70000 },
      { cidr: '10.60.0.0/16', interface: 'eth0' },
    ]) {
      expect((await call(id, 'POST', '/routes', bad)).status).toBe(400);
    }
    expect((await call(id, 'PUT', '/routes/4/disable')).body.response['4'].enabled).toBe(false);
    expect((await call(id, 'PUT', '/routes/4/enable')).body.response['4'].enabled).toBe(true);
    expect((await call(id, 'DELETE', '/routes/1')).status).toBe(400);
    expect((await call(id, 'DELETE', '/routes/4')).body.response['4']).toBeUndefined();
  });

  it('keeps peering unidirectional with MTU limits', async () => {
    const id = newController();
    const peering = await call(id, 'GET', '/peering');
    expect(peering.body.response).toMatchObject({ id: 1, peered: true });
    expect(
      (await call(id, 'POST', '/peering/peers', { id: 3, name: '198.51.100.78', overlay_mtu: 400 }))
        .status,
    ).toBe(400);
    expect(
      (await call(id, 'POST', '/peering/peers', { id: 1, name: '198.51.100.78' })).status,
    ).toBe(400);
    const added = await call(id, 'POST', '/peering/peers', {
      id: 3,
      name: 'vns3-c.example.net',
      overlay_mtu: 1400,
    });
    expect(added.body.response.controllers['3']).toMatchObject({
      address: 'vns3-c.example.net',
      mtu: '1400',
      self: false,
    });
    expect((await call(id, 'PUT', '/peering/self', { id: 3 })).status).toBe(400);
    expect((await call(id, 'PUT', '/peering/self', { id: 4 })).body.response.id).toBe(4);
    expect(
      (await call(id, 'DELETE', '/peering/peers/3')).body.response.controllers['3'],
    ).toBeUndefined();
  });

  it('lists interfaces and manages GRE interfaces and addresses', async () => {
    const id = newController();
    const all = await call(id, 'GET', '/interfaces');
    expect(all.body.response.map((item: { name: string }) => item.name)).toEqual([
      'eth0',
      'lo',
      'tun0',
      'gre20',
    ]);
    expect(
      (
        await call(id, 'POST', '/interfaces/edge_gre', {
          endpoint_name: 'g',
          ip_internal: '169.254.40.1',
          mask_bits: 30,
          local_connection_ip: '192.168.1.230',
          remote_connection_ip: '203.0.113.9',
          ttl: 0,
        })
      ).status,
    ).toBe(400);
    const gre = await call(id, 'POST', '/interfaces/edge_gre', {
      endpoint_name: 'g',
      ip_internal: '169.254.40.1',
      mask_bits: 30,
      local_connection_ip: '192.168.1.230',
      remote_connection_ip: '203.0.113.9',
      ttl: 64,
      mtu: 1400,
    });
    expect(gre.body.response).toMatchObject({ ttl: 64, mtu: 1400, name: 'gre30' });
    const address = await call(id, 'POST', '/interfaces/system/4/addresses', {
      label: 'vip',
      ip_internal: '192.168.1.240',
      mask_bits: 32,
    });
    expect(address.body.response).toMatchObject({ label: 'vip' });
    expect((await call(id, 'GET', '/interfaces/system/4/addresses')).body.response).toHaveLength(1);
    expect(
      (await call(id, 'POST', '/interfaces/action', { discover_ips: true, discover_links: true }))
        .status,
    ).toBe(400);
    expect((await call(id, 'POST', '/interfaces/action', { discover_ips: true })).status).toBe(200);
  });

  it('creates, edits and deletes system interfaces and their addresses', async () => {
    const id = newController();
    expect(
      (await call(id, 'GET', '/interfaces/system')).body.response.map(
        (item: { name: string }) => item.name,
      ),
    ).toEqual(['eth0', 'lo', 'tun0']);
    expect((await call(id, 'POST', '/interfaces/system', { name: 'eth 1' })).status).toBe(400);
    expect(
      (await call(id, 'POST', '/interfaces/system', { name: 'eth1', mtu: 9002 })).body.error
        ?.message,
    ).toBe('mtu must be between 500 and 9001');
    const created = await call(id, 'POST', '/interfaces/system', {
      name: 'eth1',
      ip_internal: '10.20.0.5',
      mask_bits: '24',
      mtu: 9001,
    });
    expect(created.body.response).toMatchObject({
      name: 'eth1',
      interface_type: 'system_virtual',
      mask_bits: '24',
      system_default: false,
    });
    const newId = created.body.response.id as number;
    expect(
      (await call(id, 'POST', '/interfaces/system', { name: 'eth1' })).body.error?.message,
    ).toBe('name: an interface with that name exists');
    const edited = await call(id, 'PUT', `/interfaces/system/${newId}`, {
      description: 'Storage VLAN',
      enabled: false,
    });
    expect(edited.body.response).toMatchObject({ description: 'Storage VLAN', status: 'Down' });
    expect((await call(id, 'GET', `/interfaces/system/${newId}`)).body.response.mtu).toBe(9001);
    expect((await call(id, 'PUT', '/interfaces/system/4', { mtu: 1400 })).status).toBe(400);
    expect((await call(id, 'DELETE', '/interfaces/system/4')).status).toBe(400);

    const address = await call(id, 'POST', `/interfaces/system/${newId}/addresses`, {
      label: 'vip',
      ip_internal: '10.20.0.9',
      mask_bits: 32,
    });
    const addressPath = `/interfaces/system/${newId}/addresses/${address.body.response.id}`;
    expect(
      (await call(id, 'PUT', addressPath, { ip_internal: '10.20.0.300' })).body.error?.message,
    ).toBe('ip_internal must be an IPv4 address');
    await call(id, 'PUT', addressPath, { label: 'vip2', gateway: '10.20.0.1' });
    expect((await call(id, 'GET', addressPath)).body.response).toMatchObject({
      label: 'vip2',
      ip_internal: '10.20.0.9',
      gateway: '10.20.0.1',
    });
    expect((await call(id, 'DELETE', addressPath)).status).toBe(200);
    expect((await call(id, 'GET', addressPath)).status).toBe(404);
    expect((await call(id, 'DELETE', `/interfaces/system/${newId}`)).status).toBe(200);
    expect((await call(id, 'GET', `/interfaces/system/${newId}`)).status).toBe(404);
    expect((await call(id, 'GET', '/interfaces/edge_gre/20')).body.response).toMatchObject({
      name: 'gre20',
      endpoint_name: 'gre-frankfurt',
    });
  });

  it('sets the IPsec local address only while no endpoint exists', async () => {
    const id = newController();
    expect(
      (await call(id, 'PUT', '/ipsec', { ipsec_local_ipaddress: '192.168.1.231' })).body.error
        ?.message,
    ).toBe('ipsec_local_ipaddress can only be changed while no endpoints exist');
    await control(id, { edgeSeed: 'empty' });
    expect(
      (await call(id, 'PUT', '/ipsec', { ipsec_local_ipaddress: '192.168.1.300' })).status,
    ).toBe(400);
    const queued = await call(id, 'PUT', '/ipsec', {
      ipsec_local_ipaddress: '192.168.1.231',
      async: true,
    });
    expect(typeof queued.body.response.token).toBe('string');
    const tree = await call(id, 'PUT', '/ipsec', { ipsec_local_ipaddress: '192.168.1.232' });
    expect(tree.body.response.this_endpoint.ipsec_local_ipaddress).toBe('192.168.1.232');
  });

  it('connects links, tags them and serves their logs', async () => {
    const id = newController();
    expect((await call(id, 'GET', '/links')).body.response).toHaveLength(2);
    const connected = await call(id, 'PUT', '/links/2', { connected: true });
    expect(connected.body.response).toMatchObject({ connected: true, state: 'connected' });
    expect((await call(id, 'POST', '/links/2/tags', { key: 'env', value: 'prod' })).status).toBe(
      201,
    );
    expect((await call(id, 'DELETE', '/links/2/tags/env')).body.response.tags).toEqual([]);
    const logs = await call(id, 'GET', '/links/2/logs?lines=1&sort=desc');
    expect(logs.body.response).toHaveLength(1);
    expect(logs.body.response[0]).toMatch(/connected by API/);
    expect((await call(id, 'GET', '/links/9')).body.error?.message).toBe('Link does not exist');
    await call(id, 'PUT', '/links/global-policies', { type: 'openvpn', policies: ['a', 'b'] });
    expect((await call(id, 'GET', '/links/global-policies?type=openvpn')).body.response).toBe(
      'a\nb',
    );
  });

  it('can start empty for first-run screens', async () => {
    const id = newController();
    await control(id, { edgeSeed: 'empty' });
    expect((await call(id, 'GET', '/ipsec')).body.response.remote_endpoints).toEqual({});
    expect((await call(id, 'GET', '/status/connected_subnets')).body.response).toEqual([]);
  });
});
