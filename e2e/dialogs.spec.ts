import { expect, expectNoAxeViolations, test } from './fixtures';
import { addAndSignInVns3, createVns3, vns3Nav } from './vns3-fixtures';

test.slow();

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`a large dialog is centred in a ${viewport.width}×${viewport.height} window and fits it`, async ({
    page,
    request,
    baseURL,
  }) => {
    await page.setViewportSize(viewport);
    const sim = await createVns3(request, baseURL!);
    await addAndSignInVns3(page, sim);
    await vns3Nav(page, 'Firewall').click();
    await expect(page.getByRole('heading', { name: 'Firewall', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Import rules' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import firewall rules' });
    await expect(dialog).toBeVisible();
    await page.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState !== 'running'),
    );

    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThanOrEqual(8);
    // size="xl" (780 px) is not squeezed: the window leaves room for all of it.
    expect(box.width).toBeGreaterThanOrEqual(770);

    // Its header stays inside <main>: not a second page banner.
    await expectNoAxeViolations(page);
  });
}
