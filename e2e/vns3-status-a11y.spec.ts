import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.describe.configure({ timeout: 120_000 });

// The navigation pages themselves are scanned by accessibility.spec.ts (quality-kinds.ts).

for (const scheme of ['light', 'dark'] as const) {
  test(`the VNS3 endpoint page and its edit dialog have no axe violations (${scheme})`, async ({
    page,
    request,
    baseURL,
  }) => {
    const sim = await createVns3(request, baseURL!);
    await addAndSignInVns3(page, sim);
    if (scheme === 'dark') await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await vns3Nav(page, 'IPsec tunnels').click();
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
