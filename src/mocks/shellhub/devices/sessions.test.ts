// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, control, newInstance } from './test-helpers.ts';

interface SessionItem {
  uid: string;
  device_uid: string;
  active: boolean;
  recorded: boolean;
  device: { name: string } | null;
}

async function sessions(id: string): Promise<SessionItem[]> {
  return (await (await api(id, 'GET', '/api/sessions?per_page=100')).json()) as SessionItem[];
}

describe('sessions', () => {
  it('lists newest first with the device embedded', async () => {
    const id = newInstance();
    const response = await api(id, 'GET', '/api/sessions?page=1&per_page=2');
    expect(response.headers.get('X-Total-Count')).toBe('4');
    const items = (await response.json()) as SessionItem[];
    expect(items[0]).toMatchObject({ active: true, device: { name: 'edge-lyon-01' } });
  });

  it('closes an active session for its own device only', async () => {
    const id = newInstance();
    const active = (await sessions(id)).find((one) => one.active);
    const uid = active?.uid ?? '';
    expect((await api(id, 'POST', `/api/sessions/${uid}/close`, {})).status).toBe(400);
    expect(
      (await api(id, 'POST', `/api/sessions/${uid}/close`, { device: 'f'.repeat(64) })).status,
    ).toBe(404);
    expect(
      (await api(id, 'POST', `/api/sessions/${uid}/close`, { device: active?.device_uid })).status,
    ).toBe(200);
    const after = (await (await api(id, 'GET', `/api/sessions/${uid}`)).json()) as SessionItem;
    expect(after.active).toBe(false);
  });

  it('plays a recording as the seed frame array or as asciicast text', async () => {
    const id = newInstance();
    const recorded = (await sessions(id)).find((one) => one.recorded);
    const path = `/api/sessions/${recorded?.uid ?? ''}/play`;
    const frames = (await (await api(id, 'GET', path)).json()) as {
      message: string;
      time: string;
      width: number;
    }[];
    expect(frames[0]).toMatchObject({
      message: expect.stringContaining('Welcome') as string,
      width: 80,
    });
    expect(Date.parse(frames[1]?.time ?? '')).toBeGreaterThan(Date.parse(frames[0]?.time ?? ''));

    await control(id, { recordingFormat: 'asciicast' });
    const text = await (await api(id, 'GET', path)).text();
    const [header, first] = text.split('\n');
    expect(JSON.parse(header ?? '')).toMatchObject({ version: 2, width: 80, height: 24 });
    expect(JSON.parse(first ?? '')).toEqual([0.2, 'o', expect.stringContaining('Welcome')]);

    const unrecorded = (await sessions(id)).find((one) => !one.recorded);
    expect((await api(id, 'GET', `/api/sessions/${unrecorded?.uid ?? ''}/play`)).status).toBe(404);
  });
});
