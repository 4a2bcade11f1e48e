import { expect, test } from './fixtures';
import { addAndSignInVns3, createVns3 } from './vns3-fixtures';

test('a VNS3 connection opens on its status overview', async ({ page, request, baseURL }) => {
  const sim = await createVns3(request, baseURL!);
  await addAndSignInVns3(page, sim);
  await expect(page.getByText('Controller name')).toBeVisible();
  await expect(page.getByText('65001', { exact: true })).toBeVisible();
  await expect(page.getByText('3 of 5 tunnels connected')).toBeVisible();
  const down = page.getByRole('table', { name: 'Tunnels that are down' });
  await expect(down.getByRole('row')).toHaveCount(2);
  await expect(down.getByRole('cell', { name: '172.17.0.0/16' })).toBeVisible();
  await expect(page.getByText(/^Uptime$/)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^Memory/ })).toBeVisible();
  const subnets = page.getByRole('table', { name: 'Connected subnets' });
  await expect(
    subnets.getByRole('row', { name: /172\.16\.0\.0 255\.255\.0\.0 IPsec/ }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await sim.configure({ downTunnels: [2, 5] });
  await expect(page.getByText('2 of 5 tunnels connected')).toBeVisible({ timeout: 12_000 });
});

test('an unlicensed controller gets one explanation, not a wall of 403s', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { licensed: false });
  await addAndSignInVns3(page, sim);
  await expect(page.getByText('This controller is not licensed yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Controller licence' })).toHaveAttribute(
    'href',
    /\/controller\/license$/,
  );
  await expect(page.getByText('Controller name')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Routes', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Routes', level: 1 })).toBeVisible();
  await expect(page.getByText('This controller is not licensed yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add route' })).toHaveCount(0);
  const refused = (await sim.requests()).filter((entry) => entry.status === 403);
  expect(refused).toEqual([]);
});

test('a controller without a keyset says how to generate one', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { keysetPresent: false });
  await addAndSignInVns3(page, sim);
  await expect(page.getByText('This controller has no keyset yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Controller keyset' })).toHaveAttribute(
    'href',
    /\/controller\/keyset$/,
  );
  await expect(page.getByText('3 of 5 tunnels connected')).toBeVisible();
});
