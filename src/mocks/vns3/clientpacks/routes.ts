import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { startTask } from '../state.ts';
import { FILE_FORMATS, packFile, serializePack } from './serialize.ts';
import type { Clientpack, ClientpacksState } from './state.ts';
import { packName } from './state.ts';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function ipNumber(ip: string): number | null {
  const match = IPV4.exec(ip);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return null;
  return octets.reduce((sum, octet) => sum * 256 + octet, 0);
}

const packMap = (state: ClientpacksState) =>
  Object.fromEntries([...state.packs.values()].map((pack) => [pack.name, serializePack(pack)]));

function download(pack: Clientpack, format: (typeof FILE_FORMATS)[number]) {
  const file = packFile(pack, format);
  return {
    result: new Response(file.body, {
      status: 200,
      headers: {
        'Content-Type': file.type,
        'Content-Disposition': `attachment; filename="${file.name}"`,
      },
    }),
  };
}

const BOOLEAN_FIELDS = ['enabled', 'checked_out', 'regenerate', 'auth_on', 'psk_on', 'async'];

function booleanError(body: Record<string, unknown>): string | null {
  const bad = BOOLEAN_FIELDS.find(
    (key) => body[key] !== undefined && typeof body[key] !== 'boolean',
  );
  if (bad) return `${bad} must be a boolean`;
  if (body.compression !== undefined && body.compression !== 'on' && body.compression !== 'off') {
    return 'compression must be on or off';
  }
  return null;
}

function applyFlags(pack: Clientpack, body: Record<string, unknown>, now: number) {
  if (typeof body.enabled === 'boolean') {
    pack.enabled = body.enabled;
    if (!body.enabled && pack.connected) disconnect(pack, now);
  }
  if (typeof body.checked_out === 'boolean') pack.checkedOut = body.checked_out;
  if (body.compression === 'on' || body.compression === 'off') pack.compression = body.compression;
}

function disconnect(pack: Clientpack, now: number) {
  pack.connected = false;
  pack.clientIp = null;
  pack.lastDisconnect = now;
}

export const clientpacksRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/clientpacks',
    gate: 'keyset',
    handle: ({ state }) => vns3Response(packMap(state.clientpacks)),
  },
  {
    method: 'PUT',
    pattern: '/clientpacks',
    gate: 'keyset',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const error = booleanError(body.value);
      if (error) return badRequest(error);
      for (const pack of state.clientpacks.packs.values()) applyFlags(pack, body.value, now);
      if (body.value.async === true)
        return vns3Response({ token: startTask(state, now), status: 'submitted' });
      return vns3Response({ enabled: body.value.enabled, checked_out: body.value.checked_out });
    },
  },
  {
    method: 'POST',
    pattern: '/clientpacks/add_clientpacks',
    gate: 'keyset',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { requested_ips: requested } = body.value;
      if (typeof requested !== 'string' || requested.trim() === '') {
        return badRequest('requested_ips is required');
      }
      const ips = requested
        .split(',')
        .map((ip) => ip.trim())
        .filter(Boolean);
      const bad = ips.find((ip) => ipNumber(ip) === null);
      if (bad) return badRequest(`requested_ips: ${bad} is not an IPv4 address`);
      const repeated = ips.find((ip, index) => ips.indexOf(ip) !== index);
      if (repeated) return badRequest(`requested_ips: ${repeated} is listed twice`);
      const existing = ips.find((ip) => state.clientpacks.packs.has(packName(ip)));
      if (existing) return badRequest(`A clientpack for ${existing} already exists`);
      const packs = state.clientpacks.packs;
      if (packs.size + ips.length > state.clientpacks.capacity) {
        return vns3Error(
          403,
          'OperationNotAllowedError',
          `Not enough room in license for ${ips.length} more clientpacks.`,
        );
      }
      for (const ip of ips) {
        packs.set(packName(ip), {
          name: packName(ip),
          overlayIp: ip,
          sequentialId: packs.size + 1,
          enabled: true,
          checkedOut: false,
          connected: false,
          clientIp: null,
          compression: 'on',
          lastConnect: null,
          lastDisconnect: null,
          tags: {},
          generation: 1,
        });
      }
      return vns3Response(`Added ${ips.length} clientpacks`);
    },
  },
  {
    method: 'POST',
    pattern: '/clientpacks/next_available',
    gate: 'keyset',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { low_ip: low, high_ip: high, include_disabled: includeDisabled } = body.value;
      const lowNumber = low === undefined ? 0 : typeof low === 'string' ? ipNumber(low) : null;
      const highNumber =
        high === undefined
          ? Number.MAX_SAFE_INTEGER
          : typeof high === 'string'
            ? ipNumber(high)
            : null;
      if (lowNumber === null) return badRequest('low_ip must be an IPv4 address');
      if (highNumber === null) return badRequest('high_ip must be an IPv4 address');
      if (lowNumber > highNumber) return badRequest('low_ip must not be above high_ip');
      const pack = [...state.clientpacks.packs.values()]
        .sort((a, b) => (ipNumber(a.overlayIp) ?? 0) - (ipNumber(b.overlayIp) ?? 0))
        .find((candidate) => {
          const ip = ipNumber(candidate.overlayIp) ?? -1;
          return (
            !candidate.checkedOut &&
            (candidate.enabled || includeDisabled === true) &&
            ip >= lowNumber &&
            ip <= highNumber
          );
        });
      if (!pack) return notFound('No clientpack available in that range');
      pack.checkedOut = true;
      return vns3Response(serializePack(pack));
    },
  },
  {
    method: 'GET',
    pattern: '/clientpacks/:name',
    gate: 'keyset',
    handle: ({ state, params }) => {
      const pack = state.clientpacks.packs.get(params.name ?? '');
      return pack
        ? vns3Response({ clientpack: serializePack(pack) })
        : notFound('Clientpack not found');
    },
  },
  {
    method: 'PUT',
    pattern: '/clientpack',
    gate: 'keyset',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      if (typeof body.value.name !== 'string') return badRequest('name is required');
      const pack = state.clientpacks.packs.get(body.value.name);
      if (!pack) return notFound('Clientpack not found');
      const error = booleanError(body.value);
      if (error) return badRequest(error);
      applyFlags(pack, body.value, now);
      if (body.value.regenerate === true) {
        pack.generation += 1;
        if (pack.connected) disconnect(pack, now);
        return vns3Response({ token: startTask(state, now), status: 'regenerating' });
      }
      return vns3Response(serializePack(pack));
    },
  },
  {
    method: 'GET',
    pattern: '/clientpack',
    gate: 'keyset',
    handle: ({ state, url }) => {
      const name = url.searchParams.get('name');
      const format = FILE_FORMATS.find((item) => item === url.searchParams.get('fileformat'));
      if (!name) return badRequest('name is required');
      if (!format) return badRequest(`fileformat must be one of ${FILE_FORMATS.join(', ')}`);
      const pack = state.clientpacks.packs.get(name);
      return pack ? download(pack, format) : notFound('Clientpack not found');
    },
  },
  {
    method: 'GET',
    pattern: '/clientpack/:name',
    gate: 'keyset',
    handle: ({ state, params }) => {
      const pack = state.clientpacks.packs.get(params.name ?? '');
      return pack ? download(pack, 'tarball') : notFound('Clientpack not found');
    },
  },
  {
    method: 'PUT',
    pattern: '/clientpack/:name',
    gate: 'keyset',
    handle: async ({ state, params, request, now }) => {
      const pack = state.clientpacks.packs.get(params.name ?? '');
      if (!pack) return notFound('Clientpack not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      if (body.value.disconnect !== true) return badRequest('disconnect must be true');
      if (!pack.connected) {
        return badRequest(`Overlay IP address ${pack.overlayIp} is not connected`);
      }
      disconnect(pack, now);
      // ClientpackStatusResponse types `disconnecting` as a string.
      return vns3Response({ disconnecting: 'true', overlay_ipaddress: pack.overlayIp });
    },
  },
  {
    method: 'POST',
    pattern: '/clientpack/:name',
    gate: 'keyset',
    handle: async ({ state, params, request }) => {
      const pack = state.clientpacks.packs.get(params.name ?? '');
      if (!pack) return notFound('Clientpack not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { key, value } = body.value;
      if (typeof key !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(key)) {
        return badRequest('key is required: letters, digits, _ . or -, at most 64');
      }
      if (typeof value !== 'string' || value.length > 255) {
        return badRequest('value is required, at most 255 characters');
      }
      pack.tags[key] = value;
      return vns3Response({ name: pack.name, tags: pack.tags });
    },
  },
  {
    method: 'DELETE',
    pattern: '/clientpack/:name',
    gate: 'keyset',
    handle: async ({ state, params, request }) => {
      const pack = state.clientpacks.packs.get(params.name ?? '');
      if (!pack) return notFound('Clientpack not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { key } = body.value;
      if (typeof key !== 'string') return badRequest('key is required');
      if (!(key in pack.tags)) return notFound(`No tag ${key}`);
      delete pack.tags[key];
      return vns3Response({ name: pack.name, tags: pack.tags });
    },
  },
  {
    method: 'POST',
    pattern: '/client/reset',
    gate: 'keyset',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      if (typeof body.value.name !== 'string') return badRequest('name is required');
      const pack = state.clientpacks.packs.get(body.value.name);
      if (!pack) return notFound('Clientpack not found');
      const wasConnected = pack.connected;
      disconnect(pack, now);
      return vns3Response({ disconnecting: wasConnected, overlay_ipaddress: pack.overlayIp });
    },
  },
  {
    method: 'POST',
    pattern: '/clients/reset_all',
    gate: 'keyset',
    handle: ({ state, now }) => {
      const resetting = [...state.clientpacks.packs.values()].filter((pack) => pack.connected);
      for (const pack of resetting) disconnect(pack, now);
      return vns3Response({ resetting: resetting.map((pack) => pack.overlayIp) });
    },
  },
  {
    method: 'GET',
    pattern: '/status/clients',
    gate: 'license',
    handle: ({ state }) =>
      vns3Response(
        Object.fromEntries(
          [...state.clientpacks.packs.values()]
            .filter((pack) => pack.connected)
            .map((pack) => [
              pack.overlayIp,
              {
                managerid: 1,
                overlay_ipaddress: pack.overlayIp,
                ipaddress: pack.clientIp ?? '',
                tags: pack.tags,
              },
            ]),
        ),
      ),
  },
];
