// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DROP_CONNECTION } from '../../framework/router.ts';
import { call, controlCall, errorOf, newController, payload, send } from './testApi.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('vns3 licensing and keyset', () => {
  it('licenses a fresh controller: upload, parameters (reboot), then keyset in the background', async () => {
    const id = await newController({ fresh: true, rebootDowntimeMs: 1000, keysetDurationMs: 500 });
    expect(await payload(id, 'GET', '/license')).toMatchObject({
      license_present: false,
      finalized: false,
    });
    expect(await errorOf(id, 'GET', '/keyset')).toMatchObject({
      status: 403,
      message: 'Must be licensed first.',
    });
    const uploaded = await payload(id, 'PUT', '/license', { text: 'VNS3 LICENSE\nabc\n' });
    expect(uploaded).toMatchObject({ license_present: true, finalized: false });
    expect(uploaded.default_topology).toMatchObject({ subnet: '100.127.255.192/26' });

    const set = await payload(id, 'PUT', '/license/parameters', {
      json: {
        subnet: '10.10.0.0/24',
        managers: '10.10.0.1 10.10.0.2',
        asns: '65001 65002',
        clients: '10.10.0.10 - 10.10.0.200',
      },
    });
    expect(set).toMatchObject({ finalized: true, parameters: { subnet: '10.10.0.0/24' } });
    expect(await call(id, 'GET', '/license')).toBe(DROP_CONNECTION);
    expect(await controlCall(id)).toMatchObject({ rebooting: true, reboots: 1, licensed: true });
    advance(1000);
    const license = await payload<{ topology: { managers: unknown[] } }>(id, 'GET', '/license');
    expect(license.topology.managers).toHaveLength(2);

    expect(await payload(id, 'PUT', '/keyset', { json: { token: 'shared secret' } })).toMatchObject(
      {
        in_progress: true,
        keyset_present: false,
      },
    );
    expect(await errorOf(id, 'PUT', '/keyset', { json: { token: 'again' } })).toMatchObject({
      status: 403,
      message: 'Keyset generation in progress',
    });
    advance(500);
    expect(await payload(id, 'GET', '/keyset')).toMatchObject({
      in_progress: false,
      keyset_present: true,
    });
    expect(await controlCall(id)).toMatchObject({ keysetPresent: true, rejectedForValidation: 0 });
  });

  it('refuses bad parameters and an empty licence as validation errors', async () => {
    const id = await newController({ fresh: true });
    expect(await errorOf(id, 'PUT', '/license', { text: '  ' })).toMatchObject({ status: 400 });
    await payload(id, 'PUT', '/license', { text: 'licence' });
    const bad = [
      [
        { subnet: '10.0.0.0/40', managers: '10.0.0.1', asns: '65000', clients: '' },
        'subnet must be an IPv4 CIDR',
      ],
      [
        { subnet: '10.0.0.0/24', managers: '10.0.0', asns: '65000', clients: '' },
        'managers must be IPv4 addresses separated by spaces',
      ],
      [
        { subnet: '10.0.0.0/24', managers: '10.0.0.1 10.0.0.2', asns: '65000', clients: '' },
        'asns must list one ASN per manager',
      ],
      [
        {
          subnet: '10.0.0.0/24',
          managers: '10.0.0.1',
          asns: '65000',
          clients: '',
          my_manager_vip: 'x',
        },
        'my_manager_vip must be an IPv4 address',
      ],
    ] as const;
    for (const [json, message] of bad) {
      expect(await errorOf(id, 'PUT', '/license/parameters', { json })).toEqual({
        status: 400,
        name: 'APIArgumentError',
        message,
      });
    }
    expect(await controlCall(id)).toMatchObject({ rejectedForValidation: 5, licensed: false });
  });

  it('answers a file it cannot verify with 400 that is not a validation rejection', async () => {
    const id = await newController({ fresh: true });
    expect(await errorOf(id, 'PUT', '/license', { text: 'INVALID' })).toMatchObject({
      status: 400,
      message: 'License file could not be verified',
    });
    const licensed = await newController();
    expect(await errorOf(licensed, 'PUT', '/license', { text: 'x' })).toMatchObject({
      status: 403,
    });
    expect(await errorOf(licensed, 'PUT', '/license/upgrade', { text: 'plain' })).toMatchObject({
      status: 400,
      message: 'License upgrade could not be verified',
    });
    expect(
      await payload(licensed, 'PUT', '/license/upgrade', { text: 'UPGRADE 10' }),
    ).toMatchObject({
      new_clientpacks: 10,
    });
    expect(await controlCall(licensed)).toMatchObject({
      licenseUpgrades: 1,
      rejectedForValidation: 0,
    });
  });
});

describe('vns3 reboot', () => {
  it('PUT /server drops every request for the downtime, or answers 503 when told to', async () => {
    const id = await newController({ rebootDowntimeMs: 2000 });
    expect(await payload(id, 'PUT', '/server', { json: { reboot: true } })).toEqual({
      status: 'rebooting',
    });
    expect(await call(id, 'GET', '/config')).toBe(DROP_CONNECTION);
    advance(1999);
    expect(await call(id, 'GET', '/config')).toBe(DROP_CONNECTION);
    advance(1);
    expect((await send(id, 'GET', '/config')).status).toBe(200);

    await controlCall(id, { rebootAnswer: '503' });
    await payload(id, 'PUT', '/server', { json: { reboot: true } });
    expect((await send(id, 'GET', '/config')).status).toBe(503);
    expect(await errorOf(id, 'PUT', '/server', { json: {} })).toMatchObject({ status: 503 });
  });

  it('refuses a server action that is not a reboot', async () => {
    const id = await newController();
    expect(await errorOf(id, 'PUT', '/server', { json: { reboot: false } })).toMatchObject({
      status: 400,
      message: 'reboot must be true',
    });
  });
});
