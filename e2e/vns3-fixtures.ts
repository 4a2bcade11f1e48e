import { type APIRequestContext, type Page, expect } from '@playwright/test';
import { type LoggedRequest, type SimInstance, addConnection, createSimInstance } from './fixtures';

export const VNS3_API_PASSWORD = 'demo-api-password';

/** The parts of the VNS3 simulator snapshot most specs read; slices add their own fields. */
export interface Vns3SimState {
  licensed: boolean;
  keysetPresent: boolean;
  version: string;
  rejectedForValidation: number;
  requestLog: LoggedRequest[];
  [key: string]: unknown;
}

export interface Vns3Sim extends SimInstance<Vns3SimState> {
  /** Requests below `/api`, e.g. `requestsTo('POST', '/ipsec/endpoints')`. */
  requestsTo(method: string, apiPath: string | RegExp): Promise<LoggedRequest[]>;
  /** The simulator's count of requests refused by its validation rules. */
  rejected(): Promise<number>;
}

/**
 * A fresh, isolated VNS3 controller in the simulator. Options are control fields, e.g.
 * `{ licensed: false }`, `{ keysetPresent: false }`, `{ latencyMs: 300 }`.
 */
export async function createVns3(
  request: APIRequestContext,
  baseURL: string,
  options: Record<string, unknown> = {},
): Promise<Vns3Sim> {
  const sim = await createSimInstance<Vns3SimState>(request, baseURL, 'vns3', options);
  return {
    ...sim,
    requestsTo: (method, apiPath) =>
      sim.requests(
        method,
        typeof apiPath === 'string'
          ? `/api${apiPath}`
          : new RegExp(`^/api${apiPath.source.replace(/^\^/, '')}`, apiPath.flags),
      ),
    rejected: async () => (await sim.state()).rejectedForValidation,
  };
}

/**
 * Adds the controller as a connection through the UI and signs in with its API password;
 * resolves once the connection's home page (the Status overview) shows.
 */
export async function addAndSignInVns3(
  page: Page,
  sim: Pick<SimInstance, 'baseUrl'>,
  name = 'Lab controller',
  password = VNS3_API_PASSWORD,
) {
  await addConnection(page, { kind: 'VNS3', name, baseUrl: sim.baseUrl });
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
  await page.getByLabel('API password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Status', level: 1 })).toBeVisible();
}

/** The link of the main navigation labelled `label`. */
export function vns3Nav(page: Page, label: string) {
  return page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: label, exact: true });
}
