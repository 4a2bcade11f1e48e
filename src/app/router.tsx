import { createBrowserRouter } from 'react-router';
import { ConnectionLayout } from '@/connections/ConnectionLayout';
import { RequireSession } from '@/auth/RequireSession';
import { ConnectionHome } from './ConnectionHome';
import { FEATURE_MODULES } from './featureModules';
import { KindGate } from './KindGate';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

/**
 * Sign-in pages live outside the console shell so that the first page a user meets loads only
 * what it shows; the shell and every page are separate chunks.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        {
          path: 'c/:connectionId',
          element: <ConnectionLayout />,
          children: [
            {
              lazy: async () => ({ Component: (await import('@/auth/AuthLayout')).AuthLayout }),
              children: [
                {
                  path: 'signin',
                  lazy: async () => ({
                    Component: (await import('@/auth/pages/SignInPage')).SignInPage,
                  }),
                },
                {
                  path: 'setup',
                  lazy: async () => ({
                    Component: (await import('@/auth/pages/JidotekiSetupPage')).JidotekiSetupPage,
                  }),
                },
              ],
            },
          ],
        },
        {
          lazy: async () => ({ Component: (await import('./layout/AppLayout')).AppLayout }),
          children: [
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
                    Component: (await import('@/connections/pages/ConnectionsPage'))
                      .ConnectionsPage,
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
          ],
        },
      ],
    },
  ]);
}
