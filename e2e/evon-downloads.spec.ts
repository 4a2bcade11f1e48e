import { expect, expectNoAxeViolations, openFromNav, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { EVON_USER_TOKEN, createHub, openHub, requestsTo } from './evon-fixtures';

test('installers and the OpenVPN client are saved under the hub file names', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub);
  await openFromNav(page, 'Downloads');
  await expectNoAxeViolations(page);
  for (const name of [
    'bootstrap.sh',
    'bootstrap.ps1',
    'EvonHub.ovpn',
    'openvpn_client-evon_server.conf',
  ]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download ${name}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text).toContain('acme.evon.link');
    if (name === 'bootstrap.sh') expect(text.startsWith('#!/usr/bin/env bash')).toBe(true);
  }
  const log = await requestsTo(hub, 'GET', /^\/api\/(bootstrap|ovpnclient)\//);
  expect(log.map((entry) => `${entry.path} ${entry.status}`)).toEqual([
    '/api/bootstrap/linux 200',
    '/api/bootstrap/windows 200',
    '/api/ovpnclient/download 200',
    '/api/bootstrap/raw 200',
  ]);
});

test('a user who is not the deployer gets the client file but not the installers', async ({
  page,
  request,
  baseURL,
}) => {
  const hub = await createHub(request, baseURL!);
  await openHub(page, hub, EVON_USER_TOKEN);
  await openFromNav(page, 'Downloads');
  await page.getByRole('button', { name: 'Download bootstrap.sh' }).click();
  await expect(
    page.getByText(
      'Your account cannot download bootstrap.sh: You do not have permission to perform this action.',
    ),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download EvonHub.ovpn' }).click();
  expect((await download).suggestedFilename()).toBe('EvonHub.ovpn');
  await expectNoAxeViolations(page);
});
