import { type ClientpacksState, createClientpacksState } from './clientpacks/index.ts';
import { type EdgeState, createEdgeState } from './edge/index.ts';
import { type FirewallState, createFirewallState } from './firewall/index.ts';
import { type SystemState, createSystemState } from './system/index.ts';

export const DEMO_API_PASSWORD = 'demo-api-password';
export const DEFAULT_VERSION = '6.0.0';

export type TaskStatus = 'pending' | 'finished_ok' | 'finished_failed';

export interface Vns3Task {
  token: string;
  finishesAt: number;
  outcome: Exclude<TaskStatus, 'pending'>;
}

/** `POST /access/token` tokens; the system slice manages them, authentication reads them. */
export interface Vns3ApiToken {
  id: number;
  token: string;
  name: string;
  createdAt: number;
  createdIp: string;
  /** epoch ms */
  expiresAt: number;
  refreshes: boolean;
  expired: boolean;
  lastAccessedAt: number | null;
}

export interface Vns3State {
  instanceId: string;
  version: string;
  apiPassword: string;
  licensed: boolean;
  keysetPresent: boolean;
  apiTokens: Map<string, Vns3ApiToken>;
  tasks: Map<string, Vns3Task>;
  /** How long a task stays `pending`. */
  taskDurationMs: number;
  edge: EdgeState;
  firewall: FirewallState;
  clientpacks: ClientpacksState;
  system: SystemState;
}

export function createVns3State(instanceId: string, now: number): Vns3State {
  return {
    instanceId,
    version: DEFAULT_VERSION,
    apiPassword: DEMO_API_PASSWORD,
    licensed: true,
    keysetPresent: true,
    apiTokens: new Map(),
    tasks: new Map(),
    taskDurationMs: 400,
    edge: createEdgeState(now),
    firewall: createFirewallState(now),
    clientpacks: createClientpacksState(now),
    system: createSystemState(now),
  };
}

let taskCounter = 0;

/** Starts background work; poll it with `GET /status/task?token=`. */
export function startTask(
  state: Vns3State,
  now: number,
  outcome: Vns3Task['outcome'] = 'finished_ok',
): string {
  taskCounter += 1;
  const token = `${now.toString(16)}${taskCounter.toString(16).padStart(6, '0')}`;
  state.tasks.set(token, { token, finishesAt: now + state.taskDurationMs, outcome });
  return token;
}

export function taskStatus(task: Vns3Task, now: number): TaskStatus {
  return now >= task.finishesAt ? task.outcome : 'pending';
}
