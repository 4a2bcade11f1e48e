import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';

function page(
  path: string,
  crumb: string,
  load: () => Promise<{ Component: React.ComponentType }>,
) {
  return { path, handle: { crumb }, lazy: load } satisfies RouteObject;
}

/** Jidoteki system administration; optional pages show only when GET /endpoints lists them. */
export const systemModule: FeatureModule = {
  kind: 'jidoteki',
  nav: [
    { label: 'Overview', path: 'system' },
    { label: 'Updates', path: 'system/update', requires: 'update' },
    { label: 'Network', path: 'system/network', requires: 'settings' },
    { label: 'Storage', path: 'system/storage', requires: 'storage' },
    { label: 'TLS certificates', path: 'system/tls', requires: 'certs' },
    { label: 'License', path: 'system/license', requires: 'license' },
    { label: 'Backup and restore', path: 'system/backup', requires: 'backup' },
    { label: 'Support', path: 'system/support', requires: 'logs' },
    { label: 'API token', path: 'system/token', requires: 'setup' },
  ],
  routes: [
    page('system', 'System overview', async () => ({
      Component: (await import('./pages/SystemOverviewPage')).SystemOverviewPage,
    })),
    page('system/update', 'Updates', async () => ({
      Component: (await import('./pages/UpdatePage')).UpdatePage,
    })),
    page('system/network', 'Network', async () => ({
      Component: (await import('./pages/NetworkPage')).NetworkPage,
    })),
    page('system/storage', 'Storage', async () => ({
      Component: (await import('./pages/StoragePage')).StoragePage,
    })),
    page('system/tls', 'TLS certificates', async () => ({
      Component: (await import('./pages/TlsPage')).TlsPage,
    })),
    page('system/license', 'License', async () => ({
      Component: (await import('./pages/LicensePage')).LicensePage,
    })),
    page('system/backup', 'Backup and restore', async () => ({
      Component: (await import('./pages/BackupPage')).BackupPage,
    })),
    page('system/support', 'Support', async () => ({
      Component: (await import('./pages/SupportPage')).SupportPage,
    })),
    page('system/token', 'API token', async () => ({
      Component: (await import('./pages/ApiTokenPage')).ApiTokenPage,
    })),
  ],
};
