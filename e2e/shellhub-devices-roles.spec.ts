import { expect, openFromNav, test } from './fixtures';
import { createShellHub, signInShellHub } from './shellhub-fixtures';

// The shared test machine is slow; the steps themselves keep their own timeouts.
test.describe.configure({ timeout: 90_000 });

test('an observer sees devices without actions; an operator can accept but not remove', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [
      { username: 'oscar', password: 'oscar-pass', role: 'observer' },
      { username: 'otto', password: 'otto-pass', role: 'operator' },
    ],
  });
  await signInShellHub(page, sim, {
    username: 'oscar',
    password: 'oscar-pass',
    name: 'As observer',
  });
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Pending' }).click();
  const pending = page.getByRole('table', { name: 'Pending devices' });
  await expect(pending.getByRole('row')).toHaveCount(3);
  await expect(pending.getByRole('button')).toHaveCount(0);
  await pending.getByRole('link', { name: 'new-sensor-07' }).click();
  await expect(page.getByRole('heading', { name: 'new-sensor-07', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'New tag' })).toBeHidden();
});

test('an operator can accept but not remove; a 403 names what the role cannot do', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!, {
    users: [{ username: 'otto', password: 'otto-pass', role: 'operator' }],
  });
  await signInShellHub(page, sim, { username: 'otto', password: 'otto-pass' });
  await page.getByRole('tab', { name: 'Pending' }).click();
  await expect(page.getByRole('button', { name: 'Accept new-sensor-07' })).toBeVisible();
  await page.getByRole('tab', { name: 'Accepted' }).click();
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);

  // The server re-reads the role on every request: demoted meanwhile, the next action is refused.
  await sim.configure({ users: [{ username: 'otto', password: 'otto-pass', role: 'observer' }] });
  await page.getByRole('tab', { name: 'Pending' }).click();
  await page.getByRole('button', { name: 'Accept new-sensor-07' }).click();
  await expect(page.getByText('Your role cannot accept devices. (403: forbidden)')).toBeVisible();
  const [refused] = await sim.requests('PATCH', /\/accept$/);
  expect(refused?.status).toBe(403);
});

test('containers and connectors: list, accept a container, add and inspect a connector', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createShellHub(request, baseURL!);
  await signInShellHub(page, sim, { username: 'demo', password: 'demo-password' });
  await openFromNav(page, 'Containers');
  await page.getByRole('tab', { name: 'Pending' }).click();
  await page.getByRole('button', { name: 'Accept build-runner' }).click();
  await expect(page.getByText('build-runner is now accepted.')).toBeVisible();

  await openFromNav(page, 'Connectors');
  // Keyboard: a toast may still cover the header's button.
  await page.getByRole('button', { name: 'Add connector' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add connector' });
  await dialog.getByRole('textbox', { name: 'Address' }).fill('bad host');
  await dialog.getByRole('textbox', { name: 'Port' }).fill('70000');
  await dialog.getByRole('button', { name: 'Add connector' }).click();
  await expect(dialog.getByText('Enter a hostname or an IPv4 address')).toBeVisible();
  await expect(dialog.getByText('Enter a port from 0 to 65535')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Address' }).fill('docker2.lab.example');
  await dialog.getByRole('textbox', { name: 'Port' }).fill('2375');
  await dialog.getByRole('button', { name: 'Add connector' }).click();
  await expect(page.getByText('docker2.lab.example:2375.')).toBeVisible();
  await page.getByRole('button', { name: 'Docker info of docker.lab.example' }).click();
  await expect(
    page.getByText(
      /Docker 27\.3\.1 on Debian GNU\/Linux 12 \(bookworm\): 3 containers \(2 running/,
    ),
  ).toBeVisible();
  const state = (await sim.state()) as unknown as { rejectedForValidation: number };
  expect(state.rejectedForValidation).toBe(0);
});
