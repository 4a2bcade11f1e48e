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

/** An isolated instance of one kind's simulator, with its control API. */
export interface SimInstance<State = Record<string, unknown>> {
  id: string;
  baseUrl: string;
  control: string;
  state(): Promise<State>;
  configure(options: Record<string, unknown>): Promise<void>;
  /** Requests it received, optionally only one method and path. */
  requests(method?: string, path?: string | RegExp): Promise<LoggedRequest[]>;
}

let counter = 0;

/** A fresh instance of a simulator (`reset` first, then the kind's own control fields). */
export async function createSimInstance<State = Record<string, unknown>>(
  request: APIRequestContext,
  baseURL: string,
  kind: string,
  options: Record<string, unknown> = {},
): Promise<SimInstance<State>> {
  const id = `e2e-${kind}-${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;
  const control = `${baseURL}/sim/_control/${kind}/${id}`;
  const configure = async (body: Record<string, unknown>) => {
    const response = await request.post(control, { data: body });
    expect(response.ok(), await response.text()).toBe(true);
  };
  const state = async () => (await (await request.get(control)).json()) as State;
  await configure({ reset: true, ...options });
  return {
    id,
    baseUrl: `${baseURL}/sim/${kind}/${id}`,
    control,
    configure,
    state,
    async requests(method, path) {
      const { requestLog } = (await state()) as { requestLog: LoggedRequest[] };
      return requestLog.filter(
        (entry) =>
          (!method || entry.method === method) &&
          (!path || (typeof path === 'string' ? entry.path === path : path.test(entry.path))),
      );
    },
  };
}

export interface Appliance extends Omit<SimInstance, 'requests'> {
  /** Requests the appliance received, optionally only one method and Admin API endpoint. */
  requests(method?: string, endpoint?: string): Promise<LoggedRequest[]>;
}

/** A fresh, isolated Jidoteki appliance in the simulator. */
export async function createAppliance(
  request: APIRequestContext,
  baseURL: string,
  options: ApplianceOptions = {},
): Promise<Appliance> {
  const sim = await createSimInstance(request, baseURL, 'jidoteki', { ...options });
  return {
    ...sim,
    requests: (method, endpoint) =>
      sim.requests(method, endpoint === undefined ? undefined : `/api/v1/admin/${endpoint}`),
  };
}

/** Picks a file through the page's file chooser, opened by the control labelled `label`. */
export async function chooseFile(
  page: Page,
  label: string,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel(label, { exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByText(file.name, { exact: true })).toBeVisible();
}

export async function addConnection(
  page: Page,
  connection: { kind?: string; name: string; baseUrl: string },
) {
  await page.goto('/connections');
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add connection' });
  if (connection.kind) {
    const option = page.getByRole('option', { name: new RegExp(`^${connection.kind}`, 'i') });
    // Under heavy load a click that lands as the dialog opens can leave the list closed.
    await expect(async () => {
      if (!(await option.isVisible())) await dialog.getByLabel('Kind').click();
      await expect(option).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await option.click();
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
    .getByRole('link', { name: link, exact: true })
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
