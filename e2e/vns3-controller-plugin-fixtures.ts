import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';
import { VNS3_API_PASSWORD, type Vns3Sim } from './vns3-fixtures';

/** Installs HAProxy and starts instance `lb1` through the controller's API; returns the ids. */
export async function seedPluginInstance(request: APIRequestContext, sim: Vns3Sim) {
  const headers = {
    Authorization: `Basic ${Buffer.from(`api:${VNS3_API_PASSWORD}`).toString('base64')}`,
  };
  const post = async (path: string, data: Record<string, unknown>) => {
    const response = await request.post(`${sim.baseUrl}/api${path}`, { headers, data });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { response: { id: number } }).response.id;
  };
  const plugin = await post('/plugins', {
    name: 'HAProxy',
    image_url: 'https://plugins.example.com/haproxy.tar.gz',
    version: '2.8',
  });
  const instance = await post('/plugin-instances', {
    name: 'lb1',
    plugin_id: plugin,
    ip_address: '198.51.100.20',
  });
  return { plugin, instance };
}
