import { DROP_CONNECTION } from '../../framework/http.ts';
import { latin1 } from '../bytes.ts';
import { DEFAULT_LICENSE } from '../fixtures.ts';
import type { License } from '../fixtures.ts';
import { httpMsg, jsonOk, ok, rejected } from '../http.ts';
import { fileField } from '../params.ts';
import type { Route } from './types.ts';

export const PGP_MESSAGE_HEADER = '-----BEGIN PGP MESSAGE-----';

export function decryptLicense(bytes: Uint8Array, previous: License | null): License | null {
  const text = latin1(bytes);
  if (!text.includes(PGP_MESSAGE_HEADER) || text.includes('INVALID')) return null;
  const license: License = { ...(previous ?? DEFAULT_LICENSE) };
  for (const match of text.matchAll(/^(app|users|expires|name|contact)\s*[:=]\s*(.+?)\s*$/gim)) {
    const field = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (field === 'users') license.users = Number.parseInt(value, 10) || license.users;
    else if (field === 'app' || field === 'expires' || field === 'name' || field === 'contact') {
      license[field] = value;
    }
  }
  return license;
}

export const licenseRoutes: Route[] = [
  {
    endpoint: 'license',
    group: 'license',
    get: ({ state }) => ok(state.license ? jsonOk(state.license) : httpMsg(state, 404)),
    post: async ({ state, form }) => {
      const bytes = await fileField(form, 'license');
      if (!bytes) return rejected(httpMsg(state, 400));
      const license = decryptLicense(bytes, state.license);
      if (!license) return rejected(httpMsg(state, 400));
      state.license = license;
      return state.licenseBugFixed ? ok(jsonOk(license)) : { result: DROP_CONNECTION };
    },
  },
];
