import { type APIRequestContext, type Locator, type Page, expect } from '@playwright/test';
import { type SimInstance, addConnection, createSimInstance } from './fixtures';

export const EVON_ADMIN_TOKEN = 'demo-evon-token';
/** Seeded non-superuser "alice" (no permissions unless granted). */
export const EVON_USER_TOKEN = 'demo-user-token';

export type Hub = SimInstance;

/** A fresh, isolated Evon Hub in the simulator. */
export function createHub(
  request: APIRequestContext,
  baseURL: string,
  options: Record<string, unknown> = {},
): Promise<Hub> {
  return createSimInstance(request, baseURL, 'evon', options);
}

export function requestsTo(hub: Hub, method: string, path: string | RegExp) {
  return hub.requests(method, path);
}

/** Adds the hub as a connection and signs in with the token; lands on Servers. */
export async function openHub(page: Page, hub: Hub, token = EVON_ADMIN_TOKEN, name = 'Lab hub') {
  await addConnection(page, { kind: 'Evon Hub', name, baseUrl: hub.baseUrl });
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Servers', level: 1 })).toBeVisible();
}

/** Chooses an option of a MultiSelect picker in a dialog, then closes its dropdown. */
export async function pick(page: Page, dialog: Locator, label: string, option: string) {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await dialog.getByRole('heading').first().click();
  await expect(page.getByRole('listbox')).toBeHidden();
}
