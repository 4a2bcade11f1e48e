import type { RouteObject } from 'react-router';
import { ConnectionLayout } from '@/connections/ConnectionLayout';
import { RequireSession } from '@/auth/RequireSession';
import { ConnectionHome } from './ConnectionHome';
import { FEATURE_MODULES } from './featureModules';
import { KindGate } from './KindGate';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

/** The pages inside the console shell; router.tsx patches them in on the first navigation there. */
export const CONSOLE_ROUTES: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        index: true,
        handle: { crumb: 'Fleet' },
        lazy: async () => ({
          Component: (await import('@/connections/pages/FleetPage')).FleetPage,
        }),
      },
      {
        path: 'connections',
        handle: { crumb: 'Connections' },
        lazy: async () => ({
          Component: (await import('@/connections/pages/ConnectionsPage')).ConnectionsPage,
        }),
      },
      {
        path: 'audit',
        handle: { crumb: 'Audit trail' },
        lazy: async () => ({
          Component: (await import('./audit/AuditPage')).AuditPage,
        }),
      },
      {
        path: 'c/:connectionId',
        element: <ConnectionLayout />,
        children: [
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <ConnectionHome /> },
              ...FEATURE_MODULES.map((module) => ({
                element: <KindGate kind={module.kind} />,
                children: module.routes,
              })),
              {
                path: '*',
                element: <NotFoundPage />,
              },
            ],
          },
        ],
      },
      {
        path: '*',
        element: <NotFoundPage />,
      },
    ],
  },
];
