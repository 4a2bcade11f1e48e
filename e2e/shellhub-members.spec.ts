import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_USERNAME,
  type ShellHub,
  createShellHub,
  fillShellHubLogin,
  signInShellHub,
} from './shellhub-fixtures';

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

const IVY_TENANT = '44444444-4444-4444-8444-444444444444';

interface MemberState {
  id: string;
  role: string;
  status: string;
}

async function demoMembers(sim: ShellHub): Promise<MemberState[]> {
  const { namespaces } = (await sim.state()) as unknown as {
    namespaces: { tenant_id: string; members: MemberState[] }[];
  };
  return namespaces.find((namespace) => namespace.tenant_id === DEMO_TENANT)?.members ?? [];
}

async function userId(sim: ShellHub, username: string): Promise<string> {
  const user = (await sim.state()).users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`no user ${username}`);
  return user.id;
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('the owner invites by e-mail; bad input stays local and server refusals keep the form', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      {
        username: 'ivy',
        password: 'ivy-password',
        email: 'ivy@example.org',
        role: 'owner',
        tenant: IVY_TENANT,
        namespace: 'ivy-home',
      },
    ],
  });
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await openFromNavSlow(page, 'Members');
  await expect(row(page, 'demo@example.com')).toContainText('Owner');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Invite member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite member' });
  const email = dialog.getByRole('textbox', { name: 'E-mail' });
  await email.fill('not-an-address');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(email).toHaveAccessibleDescription('Enter a valid e-mail address');
  expect(await sim.requests('POST', `/api/namespaces/${DEMO_TENANT}/members`)).toEqual([]);

  await email.fill('nobody@example.org');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    '404 Not Found: no user with this e-mail address',
  );
  await expect(email).toHaveValue('nobody@example.org');

  await email.fill('ivy@example.org');
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Operator' }).click();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'ivy')).toContainText('Invited');

  const ivy = await userId(sim, 'ivy');
  expect(await demoMembers(sim)).toContainEqual(
    expect.objectContaining({ id: ivy, role: 'operator', status: 'pending' }),
  );
  expect((await sim.state()).rejectedForValidation).toBe(0);
});

test('the invitee opens the link, accepts and switches to the namespace', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      {
        username: 'ivy',
        password: 'ivy-password',
        email: 'ivy@example.org',
        role: 'owner',
        tenant: IVY_TENANT,
        namespace: 'ivy-home',
      },
    ],
  });
  const owner = await request.post(`${sim.baseUrl}/api/login`, {
    data: { username: DEMO_USERNAME, password: DEMO_PASSWORD },
  });
  const { token } = (await owner.json()) as { token: string };
  const invite = await request.post(`${sim.baseUrl}/api/namespaces/${DEMO_TENANT}/members`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { email: 'ivy@example.org', role: 'observer' },
  });
  expect(invite.ok()).toBe(true);
  const { invitations } = (await sim.state()) as unknown as {
    invitations: { tenant: string; userId: string; sig: string }[];
  };
  const mail = invitations[0]!;

  await signInShellHub(page, sim, { username: 'ivy', password: 'ivy-password' });
  const connectionPath = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
  const link = (sig: string) =>
    `${connectionPath}/namespace/accept-invite?tenant=${mail.tenant}&user=${mail.userId}&sig=${sig}`;

  // The e-mailed link opens a fresh page: sign in again, and land on the link.
  await page.goto(link('wrong'));
  await page.getByRole('checkbox', { name: 'Remember me on this device' }).check();
  await fillShellHubLogin(page, { username: 'ivy', password: 'ivy-password' });
  await expect(page.getByRole('heading', { name: 'This invitation is not valid' })).toBeVisible();

  await page.goto(link(mail.sig));
  await expect(page.getByRole('heading', { name: 'Accept invitation', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByText('You joined the namespace')).toBeVisible();
  expect(await demoMembers(sim)).toContainEqual(
    expect.objectContaining({ id: mail.userId, role: 'observer', status: 'active' }),
  );

  await page.getByRole('button', { name: 'Switch to the namespace' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('combobox', {
      name: 'Namespace',
    }),
  ).toHaveValue('demo');
  await openFromNavSlow(page, 'Members');
  await expect(
    page.getByText('Your role (Observer) cannot invite, change or remove members.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Invite member' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
});

test('an administrator changes and removes members below them only', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      { username: 'ada', password: 'ada-password', role: 'administrator' },
      { username: 'pat', password: 'pat-password', role: 'administrator' },
      { username: 'otto', password: 'otto-password', role: 'operator' },
      { username: 'obi', password: 'obi-password', role: 'observer' },
    ],
  });
  await signInShellHub(page, sim, { username: 'ada', password: 'ada-password' });
  await openFromNavSlow(page, 'Members');

  // peers and the owner are shown, not editable
  await expect(row(page, 'pat@example.com').getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove pat' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove demo' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Role of otto' }).click();
  await page.getByRole('option', { name: 'Observer' }).click();
  await expect(page.getByText('otto is now observer.')).toBeVisible();
  const otto = await userId(sim, 'otto');
  expect(await demoMembers(sim)).toContainEqual(
    expect.objectContaining({ id: otto, role: 'observer' }),
  );

  await page.getByRole('button', { name: 'Remove obi' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove obi?' });
  await confirm.getByRole('button', { name: 'Remove member' }).click();
  await expect(page.getByText('obi no longer has access to this namespace.')).toBeVisible();
  await expect(row(page, 'obi@example.com')).toHaveCount(0);
  const obi = await userId(sim, 'obi');
  expect((await demoMembers(sim)).map((member) => member.id)).not.toContain(obi);
});

test('a failed member list shows the error and recovers on retry', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, { username: DEMO_USERNAME, password: DEMO_PASSWORD });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await sim.configure({ fault: '500' });
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Members', exact: true })
    .click();
  // two retries of a 500 come first
  await expect(page.getByRole('alert', { name: /^The backend answered 500/ })).toContainText(
    'Could not load the members.',
    {
      timeout: 20_000,
    },
  );
  await sim.configure({ fault: 'none' });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(row(page, 'demo@example.com')).toContainText('Owner');
});
