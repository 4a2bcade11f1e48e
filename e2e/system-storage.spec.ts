import type { Page } from '@playwright/test';
import {
  type Appliance,
  addConnection,
  createAppliance,
  expect,
  openFromNav,
  expectNoAxeViolations,
  signIn,
  test,
} from './fixtures';

async function openStorage(page: Page, appliance: Appliance) {
  await addConnection(page, { name: 'Storage appliance', baseUrl: appliance.baseUrl });
  await signIn(page, 'storage-token');
  await openFromNav(page, 'Storage');
}

const saved = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Storage settings saved' });

test.describe('storage settings', () => {
  let appliance: Appliance;

  test.beforeEach(async ({ page, request, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    appliance = await createAppliance(request, baseURL!, { token: 'storage-token' });
  });

  test('offers only the appliance options, saves NFS and reads it back; reboot noted', async ({
    page,
  }) => {
    await appliance.configure({ storageOptions: ['local', 'nfs', 'iscsi'] });
    await openStorage(page, appliance);
    const current = page.getByRole('table', { name: 'Current storage settings' });
    await expect(current.getByRole('row', { name: 'Type Local disk' })).toBeVisible();
    await expect(page.getByText('Applied after a reboot')).toBeVisible();
    await expect(page.getByText(/keeps using its current storage until it restarts/)).toBeVisible();

    const types = page.getByRole('radiogroup', { name: 'Storage type' });
    await expect(types.getByRole('radio')).toHaveCount(3);
    await expect(types.getByRole('radio', { name: 'Local disk' })).toBeChecked();
    await expect(types.getByRole('radio', { name: 'NFS (Network File System)' })).toBeVisible();
    await expect(types.getByRole('radio', { name: 'iSCSI' })).toBeVisible();
    await expect(types.getByRole('radio', { name: /AoE/ })).toHaveCount(0);
    await expect(types.getByRole('radio', { name: /NBD/ })).toHaveCount(0);

    await types.getByRole('radio', { name: 'NFS (Network File System)' }).check();
    await page.getByRole('textbox', { name: 'Server IP address' }).fill('192.168.1.100');
    await page.getByRole('textbox', { name: 'Share path' }).fill('/nfs/storage');
    await page.getByRole('textbox', { name: 'Mount options' }).fill('noacl,sync');
    await page.getByRole('button', { name: 'Save storage settings' }).click();

    await expect(saved(page)).toContainText('after its next reboot');
    await expect(
      current.getByRole('row', { name: 'Type NFS (Network File System)' }),
    ).toBeVisible();
    await expect(current.getByRole('row', { name: 'Share path /nfs/storage' })).toBeVisible();
    await expect(page.getByText('Applied after a reboot')).toBeVisible();

    const state = await appliance.state();
    expect(state.storage).toEqual({
      type: 'nfs',
      ip: '192.168.1.100',
      share: '/nfs/storage',
      mount_options: 'noacl,sync',
    });
    const posts = await appliance.requests('POST', 'storage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ query: ['hash'], status: 202 });
  });

  test('saves iSCSI credentials and never shows the password back', async ({ page }) => {
    await openStorage(page, appliance);
    await page.getByRole('radio', { name: 'iSCSI' }).check();
    await page.getByRole('textbox', { name: 'Server IP address' }).fill('fd00::20');
    await page
      .getByRole('textbox', { name: 'Target' })
      .fill('iqn.2016-01.com.example:storage.lun1');
    await page.getByRole('textbox', { name: 'Username' }).fill('user');
    await page.getByLabel(/^Password/).fill('s3cr3t!pass');
    await page.getByRole('button', { name: 'Save storage settings' }).click();

    await expect(saved(page)).toBeVisible();
    const current = page.getByRole('table', { name: 'Current storage settings' });
    await expect(current.getByRole('row', { name: 'Password Hidden' })).toBeVisible();
    await expect(current).not.toContainText('s3cr3t!pass');
    expect((await appliance.state()).storage).toEqual({
      type: 'iscsi',
      ip: 'fd00::20',
      target: 'iqn.2016-01.com.example:storage.lun1',
      username: 'user',
      password: 's3cr3t!pass',
    });
  });

  test('each type checks its own fields and nothing invalid is sent', async ({ page }) => {
    await openStorage(page, appliance);
    const input = (name: string) => page.getByRole('textbox', { name, exact: true });
    const save = page.getByRole('button', { name: 'Save storage settings' });

    await page.getByRole('radio', { name: 'NFS (Network File System)' }).check();
    await save.click();
    await expect(input('Server IP address')).toHaveAccessibleDescription(
      /Enter the server's IP address/,
    );
    await expect(input('Share path')).toHaveAccessibleDescription(/Enter the share path/);
    await expect(input('Mount options')).toHaveAccessibleDescription(/Enter the mount options/);
    await input('Server IP address').fill('nas.lan');
    await input('Share path').fill('/nfs/my share');
    await input('Mount options').fill('rw');
    await save.click();
    await expect(input('Server IP address')).toHaveAccessibleDescription(
      /Use digits, a–f, dots \(\.\) and colons \(:\) only/,
    );
    await expect(input('Share path')).toHaveAccessibleDescription(/underscores \(_\) and slashes/);
    await expect(input('Mount options')).toHaveAccessibleDescription(/Use 3 to 255 characters/);

    await page.getByRole('radio', { name: 'AoE (ATA over Ethernet)' }).check();
    await input('Device').fill('e0/1');
    await save.click();
    await expect(input('Device')).toHaveAccessibleDescription(
      /Use letters and digits, dots \(\.\) and hyphens \(-\) only/,
    );

    await page.getByRole('radio', { name: 'iSCSI' }).check();
    await input('Server IP address').fill('10.0.0.300');
    await input('Target').fill('iqn.2016-01.com.example/lun1');
    await input('Username').fill('two words');
    await page.getByLabel(/^Password/).fill('ab');
    await save.click();
    await expect(input('Server IP address')).toHaveAccessibleDescription(
      /Enter an IPv4 or IPv6 address/,
    );
    await expect(input('Target')).toHaveAccessibleDescription(/underscores \(_\) and colons/);
    await expect(input('Username')).toHaveAccessibleDescription(/no spaces, accents or emoji/);
    await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(
      /Use 3 to 255 characters/,
    );

    await page.getByRole('radio', { name: 'NBD (Network Block Device)' }).check();
    await input('Server IP address').fill('192.168.1.100');
    await input('Port').fill('108090');
    await input('Export name').fill('disk 1');
    await save.click();
    await expect(input('Port')).toHaveAccessibleDescription(/Use 1 to 5 characters/);
    await expect(input('Export name')).toHaveAccessibleDescription(/slashes \(\/\) only/);

    expect(await appliance.requests('POST', 'storage')).toEqual([]);
    expect((await appliance.state()).rejectedForValidation).toBe(0);
  });

  test('a type the appliance stops offering is refused by it, shown on the type', async ({
    page,
  }) => {
    await openStorage(page, appliance);
    await page.getByRole('radio', { name: 'AoE (ATA over Ethernet)' }).check();
    await page.getByRole('textbox', { name: 'Device' }).fill('e0.1');
    // The appliance's storage-options.json changes after the page read it.
    await appliance.configure({ storageOptions: ['local', 'nfs'] });
    await page.getByRole('button', { name: 'Save storage settings' }).click();

    await expect(
      page.getByRole('radiogroup', { name: 'Storage type' }),
    ).toHaveAccessibleDescription(/Invalid option: type\. Allowed: local, nfs/);
    await expect(page.getByRole('textbox', { name: 'Device' })).toHaveValue('e0.1');
    const state = await appliance.state();
    expect(state.storage).toEqual({ type: 'local' });
    expect(state.rejectedForValidation).toBe(1);
    expect((await appliance.requests('POST', 'storage')).map((entry) => entry.status)).toEqual([
      400,
    ]);
  });

  test('without storage settings (404) says storage is not configured', async ({ page }) => {
    await appliance.configure({ storage: null });
    await openStorage(page, appliance);
    await expect(
      page.getByRole('heading', { name: 'Storage is not configured on this appliance' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save storage settings' })).toHaveCount(0);
  });

  test('when the endpoint is disabled the page is hidden and says so', async ({ page }) => {
    await appliance.configure({ endpoints: [] });
    await addConnection(page, { name: 'Bare appliance', baseUrl: appliance.baseUrl });
    await signIn(page, 'storage-token');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Storage' })).toHaveCount(0);
    // A fresh load (sessions live in memory) signs in again and comes back to the URL.
    await page.goto(`${/^.*\/c\/[^/]+/.exec(page.url())![0]}/system/storage`);
    await signIn(page, 'storage-token');
    await expect(page).toHaveURL(/\/system\/storage$/);
    await expect(
      page.getByRole('heading', { name: 'Not enabled on this appliance' }),
    ).toBeVisible();
  });

  test('has no axe violations, with and without errors', async ({ page }) => {
    await openStorage(page, appliance);
    await expect(page.getByRole('table', { name: 'Current storage settings' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'iSCSI' }).check();
    await page.getByRole('button', { name: 'Save storage settings' }).click();
    await expect(page.getByRole('textbox', { name: 'Target' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page);
  });
});
