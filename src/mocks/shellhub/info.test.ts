// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleSimRequest } from '../framework/router.ts';

describe('GET /info (the fleet health check)', () => {
  it('answers without a credential with the version, endpoints, setup and sign-in methods', async () => {
    const id = `info-${Math.random().toString(36).slice(2)}`;
    const response = await handleSimRequest(new Request(`http://sim.test/sim/shellhub/${id}/info`));
    expect(response).toBeInstanceOf(Response);
    const answer = response as Response;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      version: 'v0.17.1',
      endpoints: { ssh: 'localhost:22', api: 'localhost:80' },
      setup: true,
      authentication: { local: true, saml: false },
    });
  });
});
