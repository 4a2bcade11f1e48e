import { createHash } from 'node:crypto';
import { jsonResponse } from './framework/http.ts';
import { DEMO_TENANT, DEMO_USER_ID, DEMO_USERNAME, issueJwt } from './shellhub/index.ts';

export const DEMO_MANIFEST_PATH = '/sim/demo.json';

export const DEMO_JIDOTEKI_TOKEN = 'demo-token';

/**
 * The demo connections `npm start` opens with: one simulated backend of each kind, with the
 * credential the console signs in with (in memory only). Jidoteki gets sha256 of its token, as
 * the console itself would keep it.
 */
export function demoManifest() {
  const jidotekiKey = createHash('sha256').update(DEMO_JIDOTEKI_TOKEN).digest('hex');
  return {
    connections: [
      {
        id: 'demo-jidoteki',
        kind: 'jidoteki',
        name: 'Demo appliance (Jidoteki)',
        path: '/sim/jidoteki/demo',
        credential: { kind: 'jidoteki', mode: 'hash', key: jidotekiKey },
      },
      {
        id: 'demo-vns3',
        kind: 'vns3',
        name: 'Demo controller (VNS3)',
        path: '/sim/vns3/demo',
        credential: { kind: 'vns3', password: 'demo-api-password' },
      },
      {
        id: 'demo-shellhub',
        kind: 'shellhub',
        name: 'Demo server (ShellHub)',
        path: '/sim/shellhub/demo',
        credential: {
          kind: 'shellhub',
          jwt: issueJwt(
            { id: DEMO_USER_ID, username: DEMO_USERNAME, tenant: DEMO_TENANT, mfa: false },
            Date.now(),
          ),
          tenant: DEMO_TENANT,
          role: 'owner',
          username: DEMO_USERNAME,
        },
      },
      {
        id: 'demo-evon',
        kind: 'evon',
        name: 'Demo hub (Evon Hub)',
        path: '/sim/evon/demo',
        credential: { kind: 'evon', token: 'demo-evon-token' },
      },
      {
        id: 'demo-devicegw',
        kind: 'devicegw',
        name: 'Demo gateway (Device gateway)',
        path: '/sim/devicegw/demo',
        credential: { kind: 'devicegw', token: 'demo-gateway-token' },
      },
    ],
  };
}

export function demoManifestResponse(): Response {
  return jsonResponse(demoManifest(), 200, { 'Cache-Control': 'no-store' });
}
