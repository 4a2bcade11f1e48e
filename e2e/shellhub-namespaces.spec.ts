import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_USERNAME,
  type ShellHub,
  createShellHub,
  signInShellHub,
} from './shellhub-fixtures';

// The machine running these is shared and slow; each test signs in through the UI.
test.describe.configure({ timeout: 90_000 });

/** Like openFromNav, with room for a lazy page chunk on a busy machine. */
async function openFromNavSlow(page: Page, link: string, heading = link) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible({
    timeout: 15_000,
  });
}

const OTHER_TENANT = '33333333-3333-4333-8333-333333333333';

const namespaceSelect = (page: Page) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('combobox', {
    name: 'Namespace',
  });

interface NamespaceState {
  tenant_id: string;
  name: string;
  settings: { session_record: boolean; connection_announcement: string };
  members: { id: string; role: string }[];
}

async function namespaceIn(sim: ShellHub, tenant: string): Promise<NamespaceState | undefined> {
  const { namespaces } = (await sim.state()) as unknown as { namespaces: NamespaceState[] };
  return namespaces.find((namespace) => namespace.tenant_id === tenant);
}

async function scanBothSchemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page);
  }
}

async function openSettings(page: Page) {
  await openFromNavSlow(page, 'Namespace', 'Namespace settings');
}

test('the owner renames the namespace; bad and taken names are explained', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      {
        username: 'olga',
        password: 'olga-password',
        role: 'owner',
        tenant: OTHER_TENANT,
        namespace: 'taken-name',
      },
    ],
  });
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openSettings(page);
  await expect(page.getByText(DEMO_TENANT)).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Namespace name' });
  await name.fill('Bad Name');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(name).toHaveAccessibleDescription(/Lowercase letters, digits and hyphens; start/);
  await name.fill('taken-name');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not renamed' })).toContainText(
    '409 Conflict: a namespace with this name already exists',
  );
  await expect(name).toHaveValue('taken-name');
  await name.fill('lab-east');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByText('The namespace is now called lab-east.')).toBeVisible();
  await expect(namespaceSelect(page)).toHaveValue('lab-east');

  expect((await namespaceIn(sim, DEMO_TENANT))?.name).toBe('lab-east');
  expect((await sim.state()).rejectedForValidation).toBe(0);
});

test('the owner turns session recording off and sets the connection announcement', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openSettings(page);
  const record = page.getByRole('switch', { name: 'Record SSH sessions' });
  await expect(record).toBeChecked();
  await record.click();
  await expect(
    page.getByText('New SSH sessions in this namespace are not recorded.'),
  ).toBeVisible();
  await expect(record).not.toBeChecked();

  const announcement = page.getByRole('textbox', { name: 'Connection announcement' });
  await announcement.fill('x'.repeat(4097));
  await page.getByRole('button', { name: 'Save announcement' }).click();
  await expect(announcement).toHaveAccessibleDescription(/At most 4096 characters/);
  await announcement.fill('Authorised use only <b>really</b>');
  await page.getByRole('button', { name: 'Save announcement' }).click();
  await expect(page.getByText('Devices show it when an SSH session opens.')).toBeVisible();

  const saved = await namespaceIn(sim, DEMO_TENANT);
  expect(saved).toMatchObject({
    settings: {
      session_record: false,
      connection_announcement: 'Authorised use only <b>really</b>',
    },
  });
  expect((await sim.requests('PUT', `/api/users/security/${DEMO_TENANT}`)).length).toBe(1);
  expect((await sim.state()).rejectedForValidation).toBe(0);

  await scanBothSchemes(page);
});

test('a created namespace becomes current; deleting it needs its name typed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openSettings(page);

  await page.getByRole('button', { name: 'Create namespace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create namespace' });
  const field = dialog.getByRole('textbox', { name: 'Name' });
  await field.fill('-nope');
  await dialog.getByRole('button', { name: 'Create namespace' }).click();
  await expect(field).toHaveAccessibleDescription(/start and end with a letter or digit/);
  await field.fill('staging');
  await dialog.getByRole('button', { name: 'Create namespace' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('You are now working in staging.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Namespace name' })).toHaveValue('staging');
  await expect(page.getByText('Devices: up to 3')).toBeVisible();
  expect((await sim.requests('GET', /^\/api\/auth\/token\//)).length).toBe(1);

  await page.getByRole('button', { name: 'Delete namespace' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete staging?' });
  const typed = confirm.getByRole('textbox', { name: 'Type staging to confirm' });
  const remove = confirm.getByRole('button', { name: 'Delete namespace' });
  await expect(remove).toBeDisabled();
  await typed.fill('stagin');
  await expect(remove).toBeDisabled();
  await typed.fill('staging');
  await remove.click();
  await expect(page.getByText('staging and everything in it are gone.')).toBeVisible();

  const { namespaces } = (await sim.state()) as unknown as { namespaces: NamespaceState[] };
  expect(namespaces.map((namespace) => namespace.name)).toEqual(['demo']);
  // back in the remaining namespace
  await openSettings(page);
  await expect(page.getByRole('textbox', { name: 'Namespace name' })).toHaveValue('demo');
  expect((await sim.state()).rejectedForValidation).toBe(0);
});

test('an operator sees read-only settings and can leave; the owner cannot leave', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      {
        username: 'otto',
        password: 'otto-password',
        role: 'owner',
        tenant: OTHER_TENANT,
        namespace: 'otto-home',
      },
    ],
  });
  await sim.configure({
    users: [{ username: 'otto', password: 'otto-password', role: 'operator' }],
  });
  await signInShellHub(page, sim, { username: 'otto', password: 'otto-password' });
  await expect(namespaceSelect(page)).toHaveValue('otto-home');
  await namespaceSelect(page).click();
  await page.getByRole('option', { name: 'demo', exact: true }).click();
  await expect(namespaceSelect(page)).toHaveValue('demo');
  await openSettings(page);
  await expect(
    page.getByText("Your role (Operator) cannot change the namespace's settings."),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Namespace name' })).toBeDisabled();
  await expect(page.getByRole('switch', { name: 'Record SSH sessions' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete namespace' })).toHaveCount(0);
  await scanBothSchemes(page);

  await page.getByRole('button', { name: 'Leave namespace' }).click();
  await page
    .getByRole('dialog', { name: 'Leave demo?' })
    .getByRole('button', { name: 'Leave namespace' })
    .click();
  await expect(page.getByText('You are no longer a member of demo.')).toBeVisible();
  await expect(namespaceSelect(page)).toHaveValue('otto-home');
  await openSettings(page);
  await expect(page.getByRole('textbox', { name: 'Namespace name' })).toHaveValue('otto-home');
  await expect(page.getByRole('button', { name: 'Delete namespace' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave namespace' })).toHaveCount(0);
  const demo = await namespaceIn(sim, DEMO_TENANT);
  expect(demo?.members.map((member) => member.role)).toEqual(['owner']);
});

test('a role taken away after sign-in is reported as "your role cannot …"', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'ada', password: 'ada-password', role: 'administrator' }],
  });
  await signInShellHub(page, sim, { username: 'ada', password: 'ada-password' });
  await openSettings(page);
  await sim.configure({ users: [{ username: 'ada', password: 'ada-password', role: 'observer' }] });
  const name = page.getByRole('textbox', { name: 'Namespace name' });
  await name.fill('renamed');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not renamed' })).toContainText(
    'Your role cannot rename this namespace (403: forbidden).',
  );
  await expect(name).toHaveValue('renamed');
  expect((await namespaceIn(sim, DEMO_TENANT))?.name).toBe('demo');
});
