import { type APIRequestContext, type Page, expect } from '@playwright/test';
import { type SimInstance, addConnection, createSimInstance } from './fixtures';

export const GATEWAY_TOKEN = 'demo-gateway-token';

export type Gateway = SimInstance<GatewayState>;

export interface GatewayState {
  denied: string[];
  devices: {
    uuid: string;
    name: string | null;
    deleted: boolean;
    labels: Record<string, string>;
  }[];
  requestLog: { method: string; path: string; query: string[]; status: number }[];
  factoryConfig: { Files: Record<string, unknown>; Reason?: string }[];
  updates: Record<string, { name: string; rollouts: Record<string, unknown> }[]>;
  [key: string]: unknown;
}

/** A fresh, isolated device-gateway simulator instance. */
export function createGateway(
  request: APIRequestContext,
  baseURL: string,
  fields: Record<string, unknown> = {},
): Promise<Gateway> {
  return createSimInstance<GatewayState>(request, baseURL, 'devicegw', fields);
}

export async function signInGateway(page: Page, token: string) {
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await page.getByLabel('Bearer token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Adds the gateway as a connection through the UI and signs in with the token. */
export async function openGateway(
  page: Page,
  gateway: Gateway,
  token = GATEWAY_TOKEN,
  name = 'Lab gateway',
) {
  await addConnection(page, { kind: 'Device gateway', name, baseUrl: gateway.baseUrl });
  await signInGateway(page, token);
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
}

export function nav(page: Page, label: string) {
  return page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: label, exact: true });
}

/** A minimal ustar archive, enough for the simulator to take it as a tar. */
export function tarFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const buffer = Buffer.alloc(1024);
  buffer.write('tuf/root.json', 0);
  buffer.write('ustar', 257);
  return { name, mimeType: 'application/x-tar', buffer };
}
