import { type APIRequestContext, type Locator, type Page, expect } from '@playwright/test';
import { addConnection } from './fixtures';

export const EVON_ADMIN_TOKEN = 'demo-evon-token';
/** Seeded non-superuser "alice" (no permissions unless granted). */
export const EVON_USER_TOKEN = 'demo-user-token';

export interface Hub {
  id: string;
  baseUrl: string;
  state(): Promise<Record<string, unknown>>;
  configure(options: Record<string, unknown>): Promise<void>;
}

export interface LogEntry {
  method: string;
  path: string;
  query: string[];
  status: number | 'dropped';
}

let counter = 0;

/** A fresh, isolated Evon Hub in the simulator. */
export async function createHub(
  request: APIRequestContext,
  baseURL: string,
  options: Record<string, unknown> = {},
): Promise<Hub> {
  const id = `e2e-evon-${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;
  const control = `${baseURL}/sim/_control/evon/${id}`;
  const configure = async (body: Record<string, unknown>) => {
    const response = await request.post(control, { data: body });
    expect(response.ok(), await response.text()).toBe(true);
  };
  await configure({ reset: true, ...options });
  return {
    id,
    baseUrl: `${baseURL}/sim/evon/${id}`,
    configure,
    async state() {
      return (await (await request.get(control)).json()) as Record<string, unknown>;
    },
  };
}

export async function requestsTo(hub: Hub, method: string, path: string | RegExp) {
  const log = (await hub.state()).requestLog as LogEntry[];
  return log.filter(
    (entry) =>
      entry.method === method &&
      (typeof path === 'string' ? entry.path === path : path.test(entry.path)),
  );
}

/** Adds the hub as a connection and signs in with the token; lands on Servers. */
export async function openHub(page: Page, hub: Hub, token = EVON_ADMIN_TOKEN, name = 'Lab hub') {
  await addConnection(page, { kind: 'Evon Hub', name, baseUrl: hub.baseUrl });
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Servers', level: 1 })).toBeVisible();
}

export async function goTo(page: Page, label: string, heading = label) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** Chooses an option of a MultiSelect picker in a dialog, then closes its dropdown. */
export async function pick(page: Page, dialog: Locator, label: string, option: string) {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await dialog.getByRole('heading').first().click();
  await expect(page.getByRole('listbox')).toBeHidden();
}
