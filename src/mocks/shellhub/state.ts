import { type AccountState, createAccountState } from './account/index.ts';
import { type DevicesState, createDevicesState } from './devices/index.ts';
import { type NamespacesState, createNamespacesState } from './namespaces/index.ts';

export const ROLES = ['observer', 'operator', 'administrator', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const roleRank = (role: Role): number => ROLES.indexOf(role);

export const DEMO_USER_ID = '507f1f77bcf86cd799439011';
export const DEMO_USERNAME = 'demo';
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_TENANT = '00000000-0000-4000-0000-000000000000';

export interface User {
  id: string;
  username: string;
  name: string;
  email: string;
  recoveryEmail: string;
  password: string;
  confirmed: boolean;
  awaitingApproval: boolean;
  /** The namespace a fresh login lands in. */
  preferredTenant: string;
  mfa: { enabled: boolean; secret: string; recoveryCodes: string[] };
  maxNamespaces: number;
  createdAt: number;
}

export interface Member {
  id: string;
  role: Role;
  addedAt: number;
  status: 'active' | 'pending';
}

export interface Namespace {
  tenantId: string;
  name: string;
  owner: string;
  members: Member[];
  settings: {
    session_record: boolean;
    connection_announcement: string;
    ssh_access_mode?: string;
  };
  maxDevices: number;
  type: 'personal' | 'team';
  createdAt: number;
}

/** `POST /api/namespaces/api-key`; the namespaces slice manages them, authentication reads them. */
export interface ApiKey {
  key: string;
  name: string;
  tenantId: string;
  role: Role;
  createdBy: string;
  /** epoch seconds, -1 = never */
  expiresIn: number;
  createdAt: number;
  updatedAt: number;
}

export interface ShellHubState {
  instanceId: string;
  version: string;
  users: User[];
  namespaces: Namespace[];
  apiKeys: ApiKey[];
  account: AccountState;
  devices: DevicesState;
  namespacesSlice: NamespacesState;
}

export function createShellHubState(instanceId: string, now: number): ShellHubState {
  return {
    instanceId,
    version: 'v0.17.1',
    users: [
      {
        id: DEMO_USER_ID,
        username: DEMO_USERNAME,
        name: 'Demo Owner',
        email: 'demo@example.com',
        recoveryEmail: '',
        password: DEMO_PASSWORD,
        confirmed: true,
        awaitingApproval: false,
        preferredTenant: DEMO_TENANT,
        mfa: { enabled: false, secret: '', recoveryCodes: [] },
        maxNamespaces: 5,
        createdAt: now,
      },
    ],
    namespaces: [
      {
        tenantId: DEMO_TENANT,
        name: 'demo',
        owner: DEMO_USER_ID,
        members: [{ id: DEMO_USER_ID, role: 'owner', addedAt: now, status: 'active' }],
        settings: { session_record: true, connection_announcement: '' },
        maxDevices: -1,
        type: 'team',
        createdAt: now,
      },
    ],
    apiKeys: [],
    account: createAccountState(),
    devices: createDevicesState(now),
    namespacesSlice: createNamespacesState(now),
  };
}

export function roleIn(state: ShellHubState, userId: string, tenant: string): Role | null {
  const namespace = state.namespaces.find((candidate) => candidate.tenantId === tenant);
  const member = namespace?.members.find(
    (candidate) => candidate.id === userId && candidate.status === 'active',
  );
  return member?.role ?? null;
}
