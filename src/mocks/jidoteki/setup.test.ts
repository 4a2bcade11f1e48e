// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashForToken } from './auth.ts';
import { control, newInstance, send, snapshot } from './test-helpers.ts';

describe('jidoteki first run and token changes', () => {
  it('walks first run, setup, authenticated use and a token change', async () => {
    const id = newInstance();
    await control(id, { token: null, setupPauseMs: 10 });

    const blocked = await send(id, 'GET', 'version', { auth: 'none' });
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toEqual({
      Status: '403 Forbidden',
      'Error-Message': 'Authentication error',
      'First-Run': true,
    });

    const setup = await send(id, 'POST', 'setup', { auth: 'none', form: { newtoken: 'first' } });
    expect(setup.status).toBe(200);
    expect(await setup.json()).toEqual({ Status: '200 OK' });
    expect(await snapshot(id)).toMatchObject({ token: 'first', firstRunPending: false });

    expect((await send(id, 'GET', 'version', { auth: { token: 'first' } })).status).toBe(200);
    const wrong = await send(id, 'GET', 'version', { auth: { token: 'nope' } });
    expect(await wrong.json()).toEqual({
      Status: '403 Forbidden',
      'Error-Message': 'Authentication error',
      'First-Run': false,
    });

    const change = await send(id, 'POST', 'setup', {
      auth: { hashOf: 'first' },
      form: { newtoken: 'second' },
    });
    expect(change.status).toBe(200);
    expect((await send(id, 'GET', 'version', { auth: { token: 'first' } })).status).toBe(403);
    expect((await send(id, 'GET', 'version', { auth: { hashOf: 'first' } })).status).toBe(403);
    expect((await send(id, 'GET', 'version', { auth: { hashOf: 'second' } })).status).toBe(200);
  });

  it('refuses an unauthenticated setup once a token exists, after a pause', async () => {
    const id = newInstance();
    await control(id, { setupPauseMs: 60 });
    const started = Date.now();
    const response = await send(id, 'POST', 'setup', { auth: 'none', form: { newtoken: 'x' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ Status: '403 Forbidden' });
    expect((await snapshot(id)).token).toBe('demo-token');
  });

  it('rejects an invalid new token with the server message', async () => {
    const id = newInstance();
    const response = await send(id, 'POST', 'setup', { form: { newtoken: 'has space' } });
    expect(response.status).toBe(400);
    const message = response.headers.get('Error-Message');
    expect(message).toMatch(/^Missing or invalid string for option: newtoken\. Allowed: !"#\$%&'/);
    expect(message).toMatch(/\{\|\}~$/);
    expect(await response.json()).toEqual({ Status: '400 Bad Request', 'Error-Message': message });
    const tooLong = await send(id, 'POST', 'setup', { form: { newtoken: 'a'.repeat(256) } });
    expect(tooLong.headers.get('Error-Message')).toBe(
      'Invalid string length for option: newtoken. Allowed: >= 1 and <= 255',
    );
    expect((await snapshot(id)).rejectedForValidation).toBe(2);
  });

  it('requires the generated setup token when first run has one', async () => {
    const id = newInstance();
    await control(id, { setupToken: 'correct-horse-battery-staple', setupPauseMs: 0 });
    const anonymous = await send(id, 'POST', 'setup', { auth: 'none', form: { newtoken: 'x' } });
    expect(await anonymous.json()).toEqual({ Status: '403 Forbidden', 'First-Run': true });
    const withSetupToken = await send(id, 'GET', 'version', {
      auth: { token: 'correct-horse-battery-staple' },
    });
    expect(withSetupToken.status).toBe(403);
    const setup = await send(id, 'POST', 'setup', {
      auth: { hash: hashForToken('correct-horse-battery-staple', 'POST', 'setup') },
      form: { newtoken: 'mine' },
    });
    expect(setup.status).toBe(200);
    expect((await send(id, 'GET', 'version', { auth: { token: 'mine' } })).status).toBe(200);
  });
});
