import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 120_000 });

const PAGES: [nav: string, heading: string][] = [
  ['Status', 'Status'],
  ['Routes', 'Routes'],
  ['Peering', 'Peering'],
  ['Interfaces', 'Interfaces'],
  ['Links', 'Links'],
  ['IPsec tunnels', 'IPsec tunnels'],
];

for (const scheme of ['light', 'dark'] as const) {
  test(`VNS3 network and tunnel pages have no axe violations (${scheme})`, async ({
    page,
    request,
    baseURL,
  }) => {
    const sim = await createVns3(request, baseURL!);
    await addAndSignInVns3(page, sim);
    if (scheme === 'dark') await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    for (const [nav, heading] of PAGES) {
      await vns3Nav(page, nav).click();
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
    await page.getByRole('link', { name: 'Branch office Lyon' }).click();
    await expect(page.getByRole('heading', { name: 'Branch office Lyon', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Edit endpoint' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Edit endpoint Branch office Lyon' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('an unlicensed controller’s banner has no axe violations', async ({
  page,
  request,
  baseURL,
}) => {
  const sim = await createVns3(request, baseURL!, { licensed: false });
  await addAndSignInVns3(page, sim);
  await expect(page.getByText('This controller is not licensed yet')).toBeVisible();
  await expectNoAxeViolations(page);
});
