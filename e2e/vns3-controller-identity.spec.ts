import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 120_000 });

interface IdentityState {
  identity: { vpn: Record<string, unknown>; controller: Record<string, unknown> };
}

test('VPN identity: secret hidden until revealed, kept when unchanged, LDAP test shown as text', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Identity controller');
  await vns3Nav(page, 'Identity').click();
  await expect(page.getByRole('heading', { name: 'Identity', level: 1 })).toBeVisible();
  await expect(page.getByLabel('LDAP server')).toHaveValue('ldap.example.com');

  const password = page.getByLabel('Bind password', { exact: true });
  await expect(password).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show or hide the bind password' }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await expect(password).toHaveValue('demo-bind-password');
  await expectNoAxeViolations(page);

  // Bad input is refused next to its field and never sent.
  await page.getByLabel('Port', { exact: true }).fill('70000');
  await page.getByRole('button', { name: 'Save identity settings' }).click();
  await expect(page.getByText('Enter a port from 1 to 65535')).toBeVisible();

  await page.getByLabel('Port', { exact: true }).fill('636');
  const put = page.waitForRequest(
    (req) => req.method() === 'PUT' && req.url().endsWith('/api/identity/vpn'),
  );
  await page.getByRole('button', { name: 'Save identity settings' }).click();
  const body = (await put).postDataJSON() as Record<string, unknown>;
  expect(body).toMatchObject({ provider: 'ldap', port: 636 });
  expect(body).not.toHaveProperty('bindpw');
  await expect(page.getByText('Identity settings saved')).toBeVisible();
  expect(((await sim.state()) as unknown as IdentityState).identity.vpn).toMatchObject({
    port: 636,
    bindpw: 'demo-bind-password',
  });

  await page.getByLabel('LDAP server').fill('unreachable.example.com');
  await page.getByRole('button', { name: 'Test LDAP connection' }).click();
  const failed = page.getByRole('status').filter({ hasText: 'LDAP test failed' });
  await expect(failed).toContainText("Can't contact LDAP server unreachable.example.com:636");
  await page.getByLabel('LDAP server').fill('<b>ldap</b>.example.com');
  await page.getByRole('button', { name: 'Test LDAP connection' }).click();
  await expect(page.getByText('Enter a host name or IPv4 address')).toBeVisible();
  await page.getByLabel('LDAP server').fill('ldap.example.com');
  await page.getByRole('button', { name: 'Test LDAP connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'LDAP test succeeded' })).toContainText(
    'Bound to ldap.example.com:636 as cn=vns3,ou=services,dc=example,dc=com',
  );
  expect(await sim.rejected()).toBe(0);
});

test('controller identity: OIDC and RADIUS settings, server errors keep what was typed', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'OIDC controller');
  await vns3Nav(page, 'Identity').click();
  await page.getByRole('tab', { name: 'Controller' }).click();
  await expect(page.getByRole('heading', { name: 'Controller sign-in' })).toBeVisible();
  await page.getByRole('radio', { name: 'OpenID Connect' }).check();
  await page.getByRole('button', { name: 'Save identity settings' }).click();
  await expect(page.getByText('Enter the issuer URL')).toBeVisible();
  await expect(page.getByText('Enter the client identifier')).toBeVisible();

  await page.getByLabel('Issuer URL').fill('https://login.example.com');
  await page.getByLabel('Client identifier').fill('vns3-console');
  await page.getByLabel('Client secret', { exact: true }).fill('oidc-secret');
  await page.getByLabel('Sign controller administrators in with this provider').check();
  await sim.configure({ fault: '500' });
  await page.getByRole('button', { name: 'Save identity settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'were not saved' })).toContainText('500');
  await sim.configure({ fault: 'none' });
  await expect(page.getByLabel('Client identifier')).toHaveValue('vns3-console');
  await page.getByRole('button', { name: 'Save identity settings' }).click();
  await expect(page.getByText('Identity settings saved')).toBeVisible();
  expect(((await sim.state()) as unknown as IdentityState).identity.controller).toMatchObject({
    provider: 'oidc',
    enabled: true,
    issuer: 'https://login.example.com',
    identifier: 'vns3-console',
    secret: 'oidc-secret',
  });

  await page.getByRole('radio', { name: 'RADIUS' }).check();
  await page.getByLabel('RADIUS server').fill('192.0.2.5');
  await page.getByLabel('Authentication port').fill('1812');
  await page.getByLabel('Shared secret', { exact: true }).fill('radius-shared');
  await page.getByRole('button', { name: 'Save identity settings' }).click();
  await expect(page.getByText('Identity settings saved').first()).toBeVisible();
  await expect
    .poll(async () => ((await sim.state()) as unknown as IdentityState).identity.controller)
    .toMatchObject({
      provider: 'radius',
      server: '192.0.2.5',
      auth_port: 1812,
      pass: 'radius-shared',
    });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  expect(await sim.rejected()).toBe(0);
});
