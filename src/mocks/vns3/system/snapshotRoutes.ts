import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { Vns3State } from '../state.ts';
import { stringField } from './fields.ts';
import { startReboot } from './lifecycle.ts';
import { isIPv4 } from './rules.ts';
import { epochSeconds, iso } from './state.ts';

export const SNAPSHOT_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
export const SNAPSHOT_MAGIC = 'VNS3 SNAPSHOT';

function checksum(text: string): string {
  let hash = 7;
  for (const char of text) hash = (hash * 33 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(8, '0').repeat(5);
}

function snapshotList(state: Vns3State) {
  const entries = [...state.system.snapshots.values()].sort((a, b) => a.createdAt - b.createdAt);
  return {
    latest_snapshot: entries.at(-1)?.name ?? null,
    snapshots: Object.fromEntries(
      entries.map((snapshot) => [
        snapshot.name,
        {
          sha1_checksum: checksum(snapshot.content),
          created_at: iso(snapshot.createdAt),
          created_at_i: epochSeconds(snapshot.createdAt),
          size: new TextEncoder().encode(snapshot.content).length,
          status: 'finished_ok',
          token: null,
        },
      ]),
    ),
  };
}

function defaultName(now: number): string {
  const day = new Date(now).toISOString().slice(0, 10).replaceAll('-', '');
  return `snapshot_${day}_${epochSeconds(now)}_203.0.113.10`;
}

function restore(state: Vns3State, now: number, from: string) {
  state.licensed = true;
  state.keysetPresent = true;
  state.system.restoredFrom = from;
  startReboot(state, now);
}

export const snapshotRoutes: Vns3Route[] = [
  {
    method: 'PUT',
    pattern: '/snapshots/running_config',
    handle: async ({ state, request, now }) => {
      const text = await request.text();
      if (text.trim() === '') return badRequest('Snapshot file is empty');
      if (state.keysetPresent) {
        return vns3Error(
          403,
          'OperationNotAllowedError',
          'Keyset present - snapshot import not allowed',
        );
      }
      if (!text.startsWith(SNAPSHOT_MAGIC)) {
        return vns3Error(400, 'APIBadRequestError', 'The file is not a VNS3 snapshot');
      }
      restore(state, now, 'upload');
      return vns3Response({
        snapshot: 'imported',
        log_lines: ['Snapshot unpacked', 'Configuration imported', 'Rebooting'],
      });
    },
  },
  {
    method: 'PUT',
    pattern: '/snapshots/fetch_config',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const host = stringField(body.value, 'host', { required: true });
      if (!host.ok) return host.outcome;
      if (!isIPv4(host.value?.trim() ?? '')) return badRequest('host must be an IPv4 address');
      const password = stringField(body.value, 'password', { required: true });
      if (!password.ok) return password.outcome;
      if (state.keysetPresent) {
        return vns3Error(
          403,
          'OperationNotAllowedError',
          'Keyset present - snapshot import not allowed',
        );
      }
      restore(state, now, `fetch:${host.value ?? ''}`);
      return vns3Response({ status: 'fetched', log_lines: ['Snapshot fetched', 'Rebooting'] });
    },
  },
  {
    method: 'GET',
    pattern: '/snapshots',
    gate: 'license',
    handle: ({ state }) => vns3Response(snapshotList(state)),
  },
  {
    method: 'POST',
    pattern: '/snapshots',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const name = stringField(body.value, 'name');
      if (!name.ok) return name.outcome;
      if (name.value !== undefined && !SNAPSHOT_NAME.test(name.value)) {
        return badRequest('name may use letters, digits, dot, dash and underscore (at most 64)');
      }
      if (state.system.snapshots.size >= state.system.maxSnapshots) {
        return vns3Error(403, 'OperationNotAllowedError', 'Maximum number of snapshots reached.');
      }
      const snapshotName = name.value ?? defaultName(now);
      if (state.system.snapshots.has(snapshotName)) {
        return badRequest(`A snapshot named ${snapshotName} already exists`);
      }
      state.system.snapshots.set(snapshotName, {
        name: snapshotName,
        createdAt: now,
        content: `${SNAPSHOT_MAGIC}\n${snapshotName}\n${'#'.repeat(2048)}\n`,
      });
      const list = snapshotList(state);
      return vns3Response({ [snapshotName]: list.snapshots[snapshotName] });
    },
  },
  {
    method: 'GET',
    pattern: '/snapshots/:name',
    gate: 'license',
    handle: ({ state, params }) => {
      const snapshot = state.system.snapshots.get(params.name ?? '');
      if (!snapshot) return notFound('Snapshot does not exist');
      return {
        result: new Response(snapshot.content, {
          status: 200,
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Disposition': `attachment; filename="${snapshot.name}"`,
          },
        }),
      };
    },
  },
  {
    method: 'DELETE',
    pattern: '/snapshots/:name',
    gate: 'license',
    handle: ({ state, params }) => {
      if (!state.system.snapshots.delete(params.name ?? '')) {
        return notFound('Snapshot does not exist');
      }
      return vns3Response(snapshotList(state));
    },
  },
];
