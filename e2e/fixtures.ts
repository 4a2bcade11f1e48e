import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Page, expect, test as base } from '@playwright/test';

export interface ApplianceOptions {
  token?: string | null;
  firstRunEnabled?: boolean;
  endpoints?: string[];
  latencyMs?: number;
}

/** One entry of the simulator's request log: parameter names only, never their values. */
export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  query: string[];
  status: number | 'dropped';
  fault?: string;
}

export interface Appliance {
  id: string;
  baseUrl: string;
  control: string;
  state(): Promise<Record<string, unknown>>;
  /** Requests the appliance received, optionally only one method and Admin API endpoint. */
  requests(method?: string, endpoint?: string): Promise<LoggedRequest[]>;
  configure(options: Record<string, unknown>): Promise<void>;
}

let counter = 0;

/** A fresh, isolated Jidoteki appliance in the simulator. */
export async function createAppliance(
  request: APIRequestContext,
  baseURL: string,
  options: ApplianceOptions = {},
): Promise<Appliance> {
  const id = `e2e-${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;
  const control = `${baseURL}/sim/_control/jidoteki/${id}`;
  const configure = async (body: Record<string, unknown>) => {
    const response = await request.post(control, { data: body });
    expect(response.ok(), await response.text()).toBe(true);
  };
  await configure({ reset: true, ...options });
  return {
    id,
    baseUrl: `${baseURL}/sim/jidoteki/${id}`,
    control,
    configure,
    async state() {
      const response = await request.get(control);
      return (await response.json()) as Record<string, unknown>;
    },
    async requests(method, endpoint) {
      const response = await request.get(control);
      const log = ((await response.json()) as { requestLog: LoggedRequest[] }).requestLog;
      return log.filter(
        (entry) =>
          (!method || entry.method === method) &&
          (!endpoint || entry.path === `/api/v1/admin/${endpoint}`),
      );
    },
  };
}

export async function addConnection(
  page: Page,
  connection: { kind?: string; name: string; baseUrl: string },
) {
  await page.goto('/connections');
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  if (connection.kind) {
    await dialog.getByLabel('Kind').click();
    await page.getByRole('option', { name: new RegExp(`^${connection.kind}`, 'i') }).click();
  }
  await dialog.getByRole('textbox', { name: 'Name' }).fill(connection.name);
  await dialog.getByRole('textbox', { name: 'Base URL' }).fill(connection.baseUrl);
  await dialog.getByRole('button', { name: 'Add connection' }).click();
  await expect(dialog).toBeHidden();
}

/** Opens a page of the signed-in connection from the main navigation. */
export async function openFromNav(page: Page, link: string, heading = link) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: link })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

export async function signIn(page: Page, token: string) {
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** axe-core scan of the current page; violations are listed in the failure message. */
export async function expectNoAxeViolations(page: Page) {
  // Colours checked mid-transition (after a colour-scheme switch) would be neither scheme's.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
