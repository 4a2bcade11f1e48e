import { badRequest, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { Vns3State } from '../state.ts';
import { booleanField, stringField } from './fields.ts';
import { startReboot } from './lifecycle.ts';
import { KEYSET_TOKEN_MAX, isAsn, isIPv4, isIPv4Cidr, words } from './rules.ts';
import { epochSeconds, iso } from './state.ts';
import type { LicenseParameters } from './state.ts';

const CAPABILITIES = ['eBGP', 'IPsec', 'Containers'];

const DEFAULT_TOPOLOGY: LicenseParameters = {
  subnet: '100.127.255.192/26',
  managers: '100.127.255.193',
  asns: '65000',
  clients: '100.127.255.200 - 100.127.255.253',
  my_manager_vip: '100.127.255.254',
};

function licenseDetail(state: Vns3State) {
  const { license } = state.system;
  const parameters = license.parameters;
  return {
    license: license.uploadedAt === null ? 'none' : 'accepted',
    license_present: license.uploadedAt !== null,
    finalized: license.finalized,
    capabilities: license.uploadedAt === null ? [] : CAPABILITIES,
    sha1_checksum: license.sha1,
    uploaded_at: license.uploadedAt === null ? null : iso(license.uploadedAt),
    uploaded_at_i: license.uploadedAt === null ? null : epochSeconds(license.uploadedAt),
    my_manager_vip: parameters?.my_manager_vip ?? null,
    custom_addressing: parameters !== null && parameters.subnet !== DEFAULT_TOPOLOGY.subnet,
    topology: parameters
      ? {
          overlay_subnet: parameters.subnet,
          managers: words(parameters.managers).map((address, index) => ({
            manager_id: index + 1,
            asn: Number(words(parameters.asns)[index] ?? 65000),
            overlay_ipaddress: address,
          })),
          total_clients: 50 + license.upgrades * 10,
          overlay_max_clients: 50 + license.upgrades * 10,
          ipsec_max_endpoints: 10,
          ipsec_max_subnets: 40,
          license_upgrades: Array.from({ length: license.upgrades }, (_, i) => `upgrade-${i + 1}`),
        }
      : null,
  };
}

function keysetDetail(state: Vns3State, now: number) {
  const { keyset } = state.system;
  const running = keyset.finishesAt !== null && now < keyset.finishesAt;
  const startedAt =
    keyset.finishesAt === null ? null : keyset.finishesAt - state.system.keysetDurationMs;
  return {
    in_progress: running,
    running,
    keyset_present: state.keysetPresent,
    checksum: state.keysetPresent ? keyset.checksum : null,
    created_at: state.keysetPresent && keyset.createdAt ? iso(keyset.createdAt) : null,
    created_at_i: state.keysetPresent && keyset.createdAt ? epochSeconds(keyset.createdAt) : null,
    started_at: startedAt === null ? null : iso(startedAt),
    started_at_i: startedAt === null ? null : epochSeconds(startedAt),
    uuid: startedAt === null ? null : `keyset-${startedAt.toString(16)}`,
  };
}

function sha1ish(text: string): string {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(8, '0').repeat(5);
}

export const licenseRoutes: Vns3Route[] = [
  { method: 'GET', pattern: '/license', handle: ({ state }) => vns3Response(licenseDetail(state)) },
  {
    method: 'PUT',
    pattern: '/license',
    handle: async ({ state, request, now }) => {
      const text = await request.text();
      if (text.trim() === '') return badRequest('License file is empty');
      if (state.system.license.uploadedAt !== null) {
        return vns3Error(403, 'OperationNotAllowedError', 'License already uploaded');
      }
      if (text.includes('INVALID')) {
        return vns3Error(400, 'APIBadRequestError', 'License file could not be verified');
      }
      state.system.license.uploadedAt = now;
      state.system.license.sha1 = sha1ish(text);
      return vns3Response({
        capabilities: CAPABILITIES,
        finalized: false,
        license: 'accepted',
        license_present: true,
        default_topology: DEFAULT_TOPOLOGY,
      });
    },
  },
  {
    method: 'PUT',
    pattern: '/license/parameters',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { license } = state.system;
      if (license.uploadedAt === null) {
        return vns3Error(403, 'PrerequisiteError', 'Upload a license first');
      }
      if (license.finalized) {
        return vns3Error(403, 'OperationNotAllowedError', 'License parameters already set');
      }
      const useDefault = booleanField(body.value, 'default');
      if (!useDefault.ok) return useDefault.outcome;
      let parameters = DEFAULT_TOPOLOGY;
      if (useDefault.value !== true) {
        const read: Partial<Record<keyof LicenseParameters, string>> = {};
        for (const key of ['subnet', 'managers', 'asns', 'clients', 'my_manager_vip'] as const) {
          const required = key === 'subnet' || key === 'managers' || key === 'asns';
          const field = stringField(body.value, key, { required });
          if (!field.ok) return field.outcome;
          read[key] = field.value?.trim() ?? '';
        }
        const { subnet = '', managers = '', asns = '', clients = '', my_manager_vip = '' } = read;
        if (!isIPv4Cidr(subnet)) return badRequest('subnet must be an IPv4 CIDR');
        if (!words(managers).every(isIPv4)) {
          return badRequest('managers must be IPv4 addresses separated by spaces');
        }
        if (!words(asns).every(isAsn))
          return badRequest('asns must be numbers separated by spaces');
        if (words(asns).length !== words(managers).length) {
          return badRequest('asns must list one ASN per manager');
        }
        if (my_manager_vip !== '' && !isIPv4(my_manager_vip)) {
          return badRequest('my_manager_vip must be an IPv4 address');
        }
        parameters = { subnet, managers, asns, clients, my_manager_vip };
      }
      license.parameters = parameters;
      license.finalized = true;
      state.licensed = true;
      startReboot(state, now);
      return vns3Response({ license: 'accepted', finalized: true, parameters });
    },
  },
  {
    method: 'PUT',
    pattern: '/license/upgrade',
    handle: async ({ state, request }) => {
      const text = await request.text();
      if (text.trim() === '') return badRequest('License file is empty');
      if (!state.licensed) return vns3Error(403, 'PrerequisiteError', 'Must be licensed first.');
      if (!text.includes('UPGRADE')) {
        return vns3Error(400, 'APIBadRequestError', 'License upgrade could not be verified');
      }
      state.system.license.upgrades += 1;
      return vns3Response({
        finalized: true,
        uniq: sha1ish(text).slice(0, 12),
        license: 'accepted',
        new_clientpacks: 10,
        new_managers: 0,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/keyset',
    gate: 'license',
    handle: ({ state, now }) => vns3Response(keysetDetail(state, now)),
  },
  {
    method: 'PUT',
    pattern: '/keyset',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const token = stringField(body.value, 'token', { required: true });
      if (!token.ok) return token.outcome;
      if ((token.value ?? '').length > KEYSET_TOKEN_MAX) {
        return badRequest(`token must be at most ${KEYSET_TOKEN_MAX} characters`);
      }
      const source = stringField(body.value, 'source');
      if (!source.ok) return source.outcome;
      if (source.value && !isIPv4(source.value.trim())) {
        return badRequest('source must be the IPv4 address of a peer controller');
      }
      const topology = stringField(body.value, 'topology_name');
      if (!topology.ok) return topology.outcome;
      if (state.keysetPresent) {
        return vns3Error(403, 'OperationNotAllowedError', 'Keyset already present');
      }
      if (state.system.keyset.finishesAt !== null) {
        return vns3Error(403, 'OperationNotAllowedError', 'Keyset generation in progress');
      }
      if (topology.value) state.system.config.topology_name = topology.value;
      state.system.keyset.finishesAt = now + state.system.keysetDurationMs;
      return vns3Response(keysetDetail(state, now));
    },
  },
];
