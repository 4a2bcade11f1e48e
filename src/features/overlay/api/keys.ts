export const overlayKeys = {
  all: (connectionId: string) => [connectionId, 'overlay'] as const,
  list: (connectionId: string, resource: string) => [connectionId, 'overlay', resource] as const,
  page: (connectionId: string, resource: string, page: number) =>
    [connectionId, 'overlay', resource, 'page', page] as const,
  everything: (connectionId: string, resource: string) =>
    [connectionId, 'overlay', resource, 'all'] as const,
  /** Under `list`, so a save that invalidates the list also refreshes the open object. */
  detail: (connectionId: string, resource: string, id: number) =>
    [connectionId, 'overlay', resource, 'detail', id] as const,
  config: (connectionId: string) => [connectionId, 'overlay', 'config'] as const,
  profile: (connectionId: string, userId: number) =>
    [connectionId, 'overlay', 'profile', userId] as const,
};
