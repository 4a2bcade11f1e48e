import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

// Whole flows on a machine shared by many test runs.
test.describe.configure({ timeout: 120_000 });

test('containers: import an image, start a container, read its logs as text, stop and delete it', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim, 'Container controller');
  await vns3Nav(page, 'Containers').click();
  await expect(page.getByText('Running', { exact: true }).first()).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Containers' }).getByRole('row', { name: /proxy nginx/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Image name').fill('-bad');
  await page.getByLabel('Image URL').fill('ftp://images.example.com/x.tar');
  await page.getByRole('button', { name: 'Import image' }).click();
  await expect(
    page.getByText('Start with a letter or digit; use letters, digits, _ . - (at most 64)'),
  ).toBeVisible();
  await expect(page.getByText('Enter an http:// or https:// URL')).toBeVisible();
  await page.getByLabel('Image name').fill('redis');
  await page.getByLabel('Image URL').fill('https://images.example.com/redis.tar.gz');
  await page.getByRole('button', { name: 'Import image' }).click();
  await expect(
    page.getByRole('table', { name: 'Images' }).getByRole('row', { name: /redis/ }),
  ).toBeVisible();

  await page.getByLabel('Container name').fill('cache');
  await page.getByRole('combobox', { name: 'Image' }).click();
  await page.getByRole('option', { name: 'redis', exact: true }).click();
  await page.getByLabel('IP address').fill('198.51.100.300');
  await page.getByRole('button', { name: 'Start container' }).click();
  await expect(page.getByText('Enter an IPv4 address, or leave empty')).toBeVisible();
  await page.getByLabel('IP address').fill('198.51.100.9');
  await page.getByRole('button', { name: 'Start container' }).click();
  const row = page
    .getByRole('table', { name: 'Containers' })
    .getByRole('row', { name: /cache redis 198\.51\.100\.9 Running/ });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: 'Logs of cache' }).click();
  const logs = page.getByLabel('Last 200 log lines of cache');
  await expect(logs).toContainText('cache: log line 30 <script>not html</script>');
  await page.keyboard.press('Escape');
  const logRequest = (
    await sim.requestsTo('GET', /\/container_system\/containers\/[^/]+\/logs$/)
  ).at(-1);
  expect(logRequest?.query).toEqual(['lines']);

  await row.getByRole('button', { name: 'Stop cache' }).click();
  await expect(
    page.getByRole('table', { name: 'Containers' }).getByRole('row', { name: /cache .* Stopped/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Delete cache' }).click();
  await page
    .getByRole('dialog', { name: 'Delete container cache?' })
    .getByRole('button', { name: 'Delete container' })
    .click();
  await expect(page.getByRole('row', { name: /cache redis/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Stop container system' }).click();
  await expect(page.getByText('Stopped', { exact: true }).first()).toBeVisible();
  await page.getByLabel('Container network').fill('198.51.100.0/40');
  await page.getByRole('button', { name: 'Change network' }).click();
  await expect(page.getByText('Enter an IPv4 network in CIDR form')).toBeVisible();
  await page.getByLabel('Container network').fill('203.0.113.0/28');
  await page.getByRole('button', { name: 'Change network' }).click();
  await expect(page.getByText('Container network changed')).toBeVisible();
  expect(await sim.rejected()).toBe(0);
  expect(await sim.state()).toMatchObject({ containerSystemRunning: false });
});

test('a controller without container support says so', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!, { containersAvailable: false });
  await addAndSignInVns3(page, sim, 'Plain controller');
  await vns3Nav(page, 'Containers').click();
  await expect(page.getByRole('alert', { name: 'Container support not available' })).toContainText(
    'The controller refuses to show the container system (403).',
  );
  expect(await sim.requestsTo('GET', '/container_system/images')).toHaveLength(0);
});
