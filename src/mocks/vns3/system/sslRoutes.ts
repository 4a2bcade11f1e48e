import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { Vns3State } from '../state.ts';
import { iso } from './state.ts';

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/;
const KEY_BLOCK = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+-----END (?:RSA )?PRIVATE KEY-----/;

/** Installs that have finished move the uploaded pair into place. */
function finishInstalls(state: Vns3State, now: number): void {
  const { ssl } = state.system;
  for (const install of ssl.installs.values()) {
    if (now >= install.finishesAt && ssl.pending) {
      ssl.certs = [
        {
          subject: 'CN=installed.vns3.example',
          issuer: 'CN=Example CA',
          before: iso(now),
          after: iso(now + 365 * 86_400_000),
          sha1_fingerprint: 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01',
        },
      ];
      ssl.pending = null;
    }
  }
}

export const sslRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/system/ssl',
    gate: 'license',
    handle: ({ state, now }) => {
      finishInstalls(state, now);
      return vns3Response({ certs: state.system.ssl.certs });
    },
  },
  {
    method: 'PUT',
    pattern: '/system/ssl/keypair',
    gate: 'license',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { cert, key } = body.value;
      const missing = [
        typeof cert === 'string' && cert.trim() ? null : 'cert is missing',
        typeof key === 'string' && key.trim() ? null : 'key is missing',
      ].filter(Boolean);
      if (missing.length) return badRequest(missing.join(', '));
      if (!CERT_BLOCK.test(cert as string)) return badRequest('cert is not a PEM certificate');
      if (!KEY_BLOCK.test(key as string)) return badRequest('key is not a PEM private key');
      state.system.ssl.pending = { cert: cert as string, key: key as string };
      return vns3Response('Valid key/cert files uploaded');
    },
  },
  {
    method: 'PUT',
    pattern: '/system/ssl/install',
    gate: 'license',
    handle: ({ state, now }) => {
      if (!state.system.ssl.pending) {
        return vns3Error(400, 'APIBadRequestError', 'No uploaded key/cert files to install');
      }
      const uuid = `ssl-${now.toString(16)}-${state.system.ssl.installs.size + 1}`;
      state.system.ssl.installs.set(uuid, { uuid, finishesAt: now + state.system.sslInstallMs });
      return vns3Response({ uuid, status: 'SSL Cert installation queued' });
    },
  },
  {
    method: 'GET',
    pattern: '/system/ssl/install/:uuid',
    gate: 'license',
    handle: ({ state, params, now }) => {
      const install = state.system.ssl.installs.get(params.uuid ?? '');
      if (!install) return notFound('Unknown Job ID');
      finishInstalls(state, now);
      const done = now >= install.finishesAt;
      return vns3Response({
        uuid: install.uuid,
        status: done ? 'Job finished' : 'Job pending',
        state: done ? 'finished' : 'pending',
      });
    },
  },
];
