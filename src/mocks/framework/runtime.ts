import { DROP_CONNECTION, jsonResponse, sleep } from './http.ts';
import type { SimResult } from './http.ts';
import { FAULT_MODES, InstanceStore, appendLog, takeFault } from './instances.ts';
import type { FaultMode, InstanceMeta } from './instances.ts';
import { ControlError } from './types.ts';
import type { ControlFields, SimulatorKind } from './types.ts';

const GENERIC_FIELDS = ['reset', 'latencyMs', 'fault', 'faultCount'];

export interface KindRuntime {
  readonly kind: string;
  handle(instanceId: string, request: Request, url: URL, rest: string): Promise<SimResult>;
  control(instanceId: string, fields: ControlFields): Record<string, unknown>;
  snapshot(instanceId: string): Record<string, unknown>;
  resetAll(): void;
  instanceIds(): string[];
}

export function createKindRuntime<S>(simulator: SimulatorKind<S>): KindRuntime {
  const store = new InstanceStore<S>((id, now) => simulator.create(id, now));

  function snapshot(instanceId: string): Record<string, unknown> {
    const now = Date.now();
    const instance = store.get(instanceId, now);
    const { requestLog, ...meta } = instance.meta;
    return {
      kind: simulator.kind,
      instance: instanceId,
      ...meta,
      ...simulator.snapshot(instance.state, now),
      requestLog,
    };
  }

  return {
    kind: simulator.kind,

    async handle(instanceId, request, url, rest) {
      const instance = store.get(instanceId, Date.now());
      const { meta } = instance;
      meta.requestCount += 1;
      await sleep(meta.latencyMs);
      const entry = {
        at: new Date().toISOString(),
        method: request.method,
        path: rest,
        query: [...new Set(url.searchParams.keys())],
      };
      const fault = takeFault(meta);
      if (fault !== 'none') {
        const result = faultResult(fault);
        appendLog(meta, { ...entry, status: statusOf(result), fault });
        return result;
      }
      const outcome = await simulator.handle({
        request,
        url,
        instanceId,
        state: instance.state,
        rest,
        now: Date.now(),
      });
      if (outcome.rejectedForValidation) meta.rejectedForValidation += 1;
      appendLog(meta, { ...entry, status: statusOf(outcome.result) });
      return outcome.result;
    },

    control(instanceId, fields) {
      const unknown = Object.keys(fields).filter(
        (name) => !GENERIC_FIELDS.includes(name) && !simulator.controlFields.includes(name),
      );
      if (unknown.length > 0) {
        throw new ControlError(`Unknown control field(s): ${unknown.join(', ')}`);
      }
      const generic = parseGeneric(fields);
      const now = Date.now();
      const instance =
        fields.reset === true ? store.reset(instanceId, now) : store.get(instanceId, now);
      const kindFields: ControlFields = {};
      for (const [name, value] of Object.entries(fields)) {
        if (!GENERIC_FIELDS.includes(name)) kindFields[name] = value;
      }
      const errors = simulator.configure(instance.state, kindFields, now);
      if (errors.length > 0) throw new ControlError(errors.join('; '));
      applyGeneric(instance.meta, generic);
      return snapshot(instanceId);
    },

    snapshot,

    resetAll() {
      store.clear();
    },

    instanceIds() {
      return store.ids();
    },
  };
}

interface GenericFields {
  latencyMs?: number;
  fault?: FaultMode;
  faultCount?: number | null;
}

function parseGeneric(fields: ControlFields): GenericFields {
  const parsed: GenericFields = {};
  if ('reset' in fields && typeof fields.reset !== 'boolean') {
    throw new ControlError('reset must be a boolean');
  }
  if ('latencyMs' in fields) {
    const value = fields.latencyMs;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new ControlError('latencyMs must be a number >= 0');
    }
    parsed.latencyMs = value;
  }
  if ('fault' in fields) {
    const value = fields.fault;
    if (typeof value !== 'string' || !FAULT_MODES.includes(value as FaultMode)) {
      throw new ControlError(`fault must be one of: ${FAULT_MODES.join(', ')}`);
    }
    parsed.fault = value as FaultMode;
  }
  if ('faultCount' in fields) {
    const value = fields.faultCount;
    if (value !== null && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
      throw new ControlError('faultCount must be a positive integer or null');
    }
    parsed.faultCount = value;
  }
  return parsed;
}

function applyGeneric(meta: InstanceMeta, fields: GenericFields): void {
  if (fields.latencyMs !== undefined) meta.latencyMs = fields.latencyMs;
  if (fields.fault !== undefined) {
    meta.fault = fields.fault;
    meta.faultRemaining = fields.fault === 'none' ? null : (fields.faultCount ?? null);
  } else if (fields.faultCount !== undefined && meta.fault !== 'none') {
    meta.faultRemaining = fields.faultCount;
  }
}

function faultResult(fault: Exclude<FaultMode, 'none'>): SimResult {
  switch (fault) {
    case 'drop':
      return DROP_CONNECTION;
    case '500':
      return jsonResponse({ error: 'Simulated server fault' }, 500, { 'X-Simulator-Fault': '500' });
    case 'malformed':
      return new Response('{"status":"runn', {
        status: 200,
        statusText: 'OK',
        headers: { 'Content-Type': 'application/json', 'X-Simulator-Fault': 'malformed' },
      });
  }
}

function statusOf(result: SimResult): number | 'dropped' {
  return result === DROP_CONNECTION ? 'dropped' : result.status;
}
