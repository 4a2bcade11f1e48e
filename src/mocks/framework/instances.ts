export type FaultMode = 'drop' | '500' | 'malformed' | 'none';

export const FAULT_MODES: readonly FaultMode[] = ['drop', '500', 'malformed', 'none'];

export const REQUEST_LOG_LIMIT = 200;

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  query: string[];
  status: number | 'dropped';
  fault?: FaultMode;
}

export interface InstanceMeta {
  createdAt: string;
  latencyMs: number;
  fault: FaultMode;
  faultRemaining: number | null;
  requestCount: number;
  rejectedForValidation: number;
  requestLog: RequestLogEntry[];
}

export interface Instance<S> {
  id: string;
  state: S;
  meta: InstanceMeta;
}

export function createMeta(now: number): InstanceMeta {
  return {
    createdAt: new Date(now).toISOString(),
    latencyMs: 0,
    fault: 'none',
    faultRemaining: null,
    requestCount: 0,
    rejectedForValidation: 0,
    requestLog: [],
  };
}

export class InstanceStore<S> {
  private readonly instances = new Map<string, Instance<S>>();

  constructor(private readonly createState: (id: string, now: number) => S) {}

  get(id: string, now: number): Instance<S> {
    let instance = this.instances.get(id);
    if (!instance) {
      instance = { id, state: this.createState(id, now), meta: createMeta(now) };
      this.instances.set(id, instance);
    }
    return instance;
  }

  reset(id: string, now: number): Instance<S> {
    this.instances.delete(id);
    return this.get(id, now);
  }

  clear(): void {
    this.instances.clear();
  }

  ids(): string[] {
    return [...this.instances.keys()];
  }
}

export function appendLog(meta: InstanceMeta, entry: RequestLogEntry): void {
  meta.requestLog.push(entry);
  if (meta.requestLog.length > REQUEST_LOG_LIMIT) {
    meta.requestLog.splice(0, meta.requestLog.length - REQUEST_LOG_LIMIT);
  }
}

export function takeFault(meta: InstanceMeta): FaultMode {
  if (meta.fault === 'none') return 'none';
  const fault = meta.fault;
  if (meta.faultRemaining !== null) {
    meta.faultRemaining -= 1;
    if (meta.faultRemaining <= 0) {
      meta.fault = 'none';
      meta.faultRemaining = null;
    }
  }
  return fault;
}
