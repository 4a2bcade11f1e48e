import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import { createHub, openHub, pick, requestsTo } from './evon-fixtures';

test('a rule is created with source pickers; port rules are explained before sending', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Rules');
  await expect(
    page.getByRole('row', { name: /Allow web access.*TCP.*443,80.*Engineers/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create rule' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('SSH from ops');
  await dialog.getByRole('button', { name: 'Create rule' }).click();
  await expect(
    dialog.getByText('At least one port must be specified for destination protocols TCP or UDP'),
  ).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Destination ports' }).fill('22,90-80');
  await dialog.getByRole('button', { name: 'Create rule' }).click();
  await expect(
    dialog.getByText("Malformed port range '90-80', start port must be less than end port."),
  ).toBeVisible();
  expect(await requestsTo(hub, 'POST', '/api/rule')).toEqual([]);

  await dialog.getByRole('textbox', { name: 'Destination ports' }).fill('22, 2222');
  await pick(page, dialog, 'Source users', 'alice');
  await pick(page, dialog, 'Source server groups', 'Web servers');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('row', { name: /SSH from ops.*22,2222.*alice; Web servers/ }),
  ).toBeVisible();
  const rules = (await hub.state()).rules as Record<string, unknown>[];
  expect(rules.at(-1)).toMatchObject({
    name: 'SSH from ops',
    destination_protocol: 'TCP',
    destination_ports: '22,2222',
    source_users: [3],
    source_servergroups: [2],
  });
});

test('a policy targets servers and groups; deleting a rule asks first', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Policies');
  await expect(
    page.getByRole('row', { name: /Engineers to web.*Allow web access.*Web servers/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create policy' });
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(dialog.getByText('Enter a name')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Ops to the database');
  await pick(page, dialog, 'Rules', 'Allow web access');
  await pick(page, dialog, 'Target servers', 'db1.acme.evon.link');
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('row', { name: /Ops to the database.*Allow web access.*db1\.acme\.evon\.link/ }),
  ).toBeVisible();
  const policies = (await hub.state()).policies as Record<string, unknown>[];
  expect(policies.at(-1)).toMatchObject({ rules: [1], servers: [3], servergroups: [] });

  await openFromNav(page, 'Rules');
  await page.getByRole('button', { name: 'Delete rule Allow web access' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete rule Allow web access?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete rule' }).click();
  await expect(page.getByRole('row', { name: /Allow web access/ })).toHaveCount(0);
  await openFromNav(page, 'Policies');
  await expect(page.getByRole('row', { name: /Ops to the database/ })).not.toContainText(
    'Allow web access',
  );
});
