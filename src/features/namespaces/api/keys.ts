export interface ApiKeyPageRequest {
  page: number;
  perPage: number;
  sortBy: 'name' | 'role' | 'expires_in' | 'created_at';
  orderBy: 'asc' | 'desc';
}

/** Tenant-scoped data is keyed by the tenant too: a namespace switch changes the data. */
export const namespacesKeys = {
  /** The namespace switcher's list (GET /api/namespaces, account feature): a rename changes it. */
  switcherList: (connectionId: string) => [connectionId, 'account', 'namespaces'] as const,
  namespace: (connectionId: string, tenant: string) =>
    [connectionId, 'namespaces', tenant] as const,
  apiKeys: (connectionId: string, tenant: string) =>
    [connectionId, 'namespaces', tenant, 'api-keys'] as const,
  apiKeyPage: (connectionId: string, tenant: string, page: ApiKeyPageRequest) =>
    [connectionId, 'namespaces', tenant, 'api-keys', page] as const,
  invite: (connectionId: string, tenant: string, user: string, sig: string) =>
    [connectionId, 'invitations', tenant, user, sig] as const,
  billing: (connectionId: string, tenant: string) => [connectionId, 'billing', tenant] as const,
  customer: (connectionId: string, tenant: string) =>
    [connectionId, 'billing', tenant, 'customer'] as const,
  subscription: (connectionId: string, tenant: string) =>
    [connectionId, 'billing', tenant, 'subscription'] as const,
  devicesMostUsed: (connectionId: string, tenant: string) =>
    [connectionId, 'billing', tenant, 'devices-most-used'] as const,
  evaluation: (connectionId: string, tenant: string) =>
    [connectionId, 'billing', tenant, 'evaluate'] as const,
  announcements: (connectionId: string) => [connectionId, 'announcements'] as const,
  announcementPage: (connectionId: string, page: number, perPage: number) =>
    [connectionId, 'announcements', 'page', page, perPage] as const,
  announcement: (connectionId: string, uuid: string) =>
    [connectionId, 'announcements', 'detail', uuid] as const,
};
