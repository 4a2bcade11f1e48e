import type { ShellHubRouteContext } from '../routes.ts';

/** The caller's namespace (routes using this are never `auth: 'none'`). */
export function tenantOf(context: ShellHubRouteContext): string {
  return context.caller?.tenant ?? '';
}

export function namespaceName(context: ShellHubRouteContext): string {
  const tenant = tenantOf(context);
  return context.state.namespaces.find((one) => one.tenantId === tenant)?.name ?? '';
}
