// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { controlCall, errorOf, newController, payload } from './testApi.ts';

const rejected = async (id: string) => (await controlCall(id)).rejectedForValidation;

describe('vns3 container system routes', () => {
  it('lists the container network addresses with their status', async () => {
    const id = await newController();
    const started = await payload<{ ip_address: string }>(
      id,
      'POST',
      '/container_system/containers',
      { json: { image_uuid: 'img-1', name: 'web2', ipaddress: '198.51.100.9' } },
    );
    const { addresses } = await payload<{ addresses: { address: string; status: string }[] }>(
      id,
      'GET',
      '/container_system/ip_addresses',
    );
    expect(addresses).toHaveLength(14);
    expect(addresses[0]).toEqual({ address: '198.51.100.1', status: expect.any(String) });
    expect(addresses.find((entry) => entry.address === started.ip_address)?.status).toBe('in use');
    expect(addresses.find((entry) => entry.address === '198.51.100.14')?.status).toBe('available');
  });

  it('renames an image and rejects a bad name', async () => {
    const id = await newController();
    expect(
      await payload(id, 'PUT', '/container_system/images/img-1', {
        json: { name: 'base-v2', description: 'Renamed' },
      }),
    ).toEqual({ uuid: 'img-1', status: 'Updated' });
    const { images } = await payload<{ images: { uuid: string; name: string }[] }>(
      id,
      'GET',
      '/container_system/images',
    );
    expect(images.find((image) => image.uuid === 'img-1')).toMatchObject({
      name: 'base-v2',
      description: 'Renamed',
    });
    expect(
      await errorOf(id, 'PUT', '/container_system/images/img-1', { json: { name: '-bad name' } }),
    ).toMatchObject({ status: 400 });
    expect(await rejected(id)).toBe(1);
  });

  it('exports an image once per name', async () => {
    const id = await newController();
    expect(
      await payload(id, 'POST', '/container_system/images/img-1/exports', {
        json: { name: 'base-export' },
      }),
    ).toEqual({ status: 'Image exported' });
    expect(
      await errorOf(id, 'POST', '/container_system/images/img-1/exports', {
        json: { name: 'base-export' },
      }),
    ).toMatchObject({ status: 400, message: 'Duplicate name -- name must be unique.' });
    expect(
      await errorOf(id, 'POST', '/container_system/images/nope/exports', { json: { name: 'x' } }),
    ).toMatchObject({ status: 404 });
  });

  it('commits a container to a new image up to the image limit', async () => {
    const id = await newController();
    const { uuid } = await payload<{ uuid: string }>(id, 'POST', '/container_system/containers', {
      json: { image_uuid: 'img-1', name: 'web2' },
    });
    const committed = await payload<{ uuid: string; name: string }>(
      id,
      'POST',
      `/container_system/containers/${uuid}/commit`,
      { json: { name: 'web2_snapshot', description: 'Tuned' } },
    );
    expect(committed.name).toBe('web2_snapshot');
    const { images } = await payload<{ images: { uuid: string; description: string }[] }>(
      id,
      'GET',
      '/container_system/images',
    );
    expect(images.find((image) => image.uuid === committed.uuid)?.description).toBe('Tuned');
    const before = images.length;
    for (let i = before; i < 5; i += 1) {
      await payload(id, 'POST', `/container_system/containers/${uuid}/commit`, {
        json: { name: `copy${i}` },
      });
    }
    expect(
      await errorOf(id, 'POST', `/container_system/containers/${uuid}/commit`, {
        json: { name: 'one-too-many' },
      }),
    ).toMatchObject({ status: 403, name: 'OperationNotAllowedError' });
    expect(
      await errorOf(id, 'POST', `/container_system/containers/${uuid}/commit`, { json: {} }),
    ).toMatchObject({ status: 400, message: 'name is missing' });
  });

  it('returns the last `lines` log lines as a list and requires lines', async () => {
    const id = await newController();
    const { uuid } = await payload<{ uuid: string }>(id, 'POST', '/container_system/containers', {
      json: { image_uuid: 'img-1', name: 'web2' },
    });
    const logs = await payload<{ uuid: string; logs: string[] }>(
      id,
      'GET',
      `/container_system/containers/${uuid}/logs?lines=3`,
    );
    expect(logs.uuid).toBe(uuid);
    expect(logs.logs).toHaveLength(3);
    expect(logs.logs.at(-1)).toContain('web2: log line 30');
    expect(await errorOf(id, 'GET', `/container_system/containers/${uuid}/logs`)).toMatchObject({
      status: 400,
    });
  });
});
