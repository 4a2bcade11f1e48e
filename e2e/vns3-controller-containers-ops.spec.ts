import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });

const NAME_RULE = 'Start with a letter or digit; use letters, digits, _ . - (at most 64)';

test('containers: network addresses, image edit and export, container commit', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Container ops controller');
  await vns3Nav(page, 'Containers').click();

  // The container network 198.51.100.0/28 has 14 host addresses; proxy uses .2.
  const addresses = page.getByRole('table', { name: 'Container addresses' });
  await expect(addresses.getByRole('row', { name: '198.51.100.2 in use' })).toBeVisible();
  await expect(addresses.getByRole('row', { name: '198.51.100.3 available' })).toBeVisible();
  await expect(page.getByText('1 of 14 in use')).toBeVisible();
  await expectNoAxeViolations(page);

  // Rename the image: a bad name is refused in the browser, then the rename is sent.
  const images = page.getByRole('table', { name: 'Images' });
  await images.getByRole('button', { name: 'Edit image nginx' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit image nginx' });
  await edit.getByLabel('Image name').fill('nginx proxy');
  await edit.getByRole('button', { name: 'Save image' }).click();
  await expect(edit.getByText(NAME_RULE)).toBeVisible();
  expect(await sim.requestsTo('PUT', '/container_system/images/img-1')).toHaveLength(0);
  await edit.getByLabel('Image name').fill('nginx-1.27');
  await edit.getByLabel('Image description').fill('Edge proxy');
  await edit.getByRole('button', { name: 'Save image' }).click();
  await expect(edit).toHaveCount(0);
  await expect(images.getByRole('row', { name: /nginx-1\.27 Edge proxy Ready/ })).toBeVisible();
  expect(await sim.requestsTo('PUT', '/container_system/images/img-1')).toMatchObject([
    { status: 200 },
  ]);

  // Export it; a second export with the same name shows the controller's 400 and keeps the name.
  for (const attempt of [1, 2]) {
    await images.getByRole('button', { name: 'Export image nginx-1.27' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image nginx-1.27' });
    if (attempt === 1) {
      await dialog.getByLabel('Export file name').fill('bad name');
      await dialog.getByRole('button', { name: 'Export image' }).click();
      await expect(dialog.getByText(NAME_RULE)).toBeVisible();
      expect(await sim.rejected()).toBe(0);
    }
    await dialog.getByLabel('Export file name').fill('edge-proxy');
    await dialog.getByRole('button', { name: 'Export image' }).click();
    if (attempt === 1) {
      await expect(page.getByText('Image exported')).toBeVisible();
      await expect(dialog).toHaveCount(0);
    } else {
      await expect(dialog.getByRole('alert')).toContainText(
        '400: Duplicate name -- name must be unique.',
      );
      await expect(dialog.getByLabel('Export file name')).toHaveValue('edge-proxy');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    }
  }
  expect(
    (await sim.requestsTo('POST', '/container_system/images/img-1/exports')).map((r) => r.status),
  ).toEqual([200, 400]);

  // Commit the running container to a new image.
  const containers = page.getByRole('table', { name: 'Containers' });
  await containers.getByRole('button', { name: 'Commit proxy' }).click();
  const commit = page.getByRole('dialog', { name: 'Commit container proxy' });
  await commit.getByLabel('New image name').fill('');
  await commit.getByRole('button', { name: 'Commit to image' }).click();
  await expect(commit.getByText(NAME_RULE)).toBeVisible();
  await commit.getByLabel('New image name').fill('proxy_tuned');
  await commit.getByLabel('New image description').fill('With cache headers');
  await commit.getByRole('button', { name: 'Commit to image' }).click();
  await expect(page.getByText('New image proxy_tuned')).toBeVisible();
  await expect(
    images.getByRole('row', { name: /proxy_tuned With cache headers Ready/ }),
  ).toBeVisible();
  expect(await sim.requestsTo('POST', '/container_system/containers/ctr-1/commit')).toMatchObject([
    { status: 200 },
  ]);
  // Only the duplicate export name reached the simulator's rules (it cannot be known beforehand).
  expect(await sim.rejected()).toBe(1);
  expect(await sim.requestsTo('GET', '/container_system/ip_addresses')).toHaveLength(1);
});
