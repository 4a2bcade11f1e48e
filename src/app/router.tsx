import { createBrowserRouter } from 'react-router';
import { ConnectionLayout } from '@/connections/ConnectionLayout';
import { RouteErrorPage } from './pages/RouteErrorPage';

/**
 * Shown while the first page's route code loads (a few tens of milliseconds): nothing, as before
 * the console has painted anything. Naming it tells React Router that this is intended.
 */
function FirstPageLoading() {
  return null;
}

/** Paths served by the sign-in frame alone: they never need the console's route tables. */
const AUTH_PATH = /^\/c\/[^/]+\/(signin|setup)\/?$/;

/**
 * Sign-in pages live outside the console shell so that the first page a user meets loads only
 * what it shows; the shell, its route tables and every page are separate chunks.
 */
export function createAppRouter() {
  let consolePatched = false;
  return createBrowserRouter(
    [
      {
        errorElement: <RouteErrorPage />,
        HydrateFallback: FirstPageLoading,
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
            id: 'console',
            lazy: async () => {
              const [{ AppLayout }, { QueryProvider }] = await Promise.all([
                import('./layout/AppLayout'),
                import('./queryClient'),
              ]);
              return {
                Component: function ConsoleShell() {
                  return (
                    <QueryProvider>
                      <AppLayout />
                    </QueryProvider>
                  );
                },
              };
            },
          },
        ],
      },
    ],
    {
      async patchRoutesOnNavigation({ path, patch, signal }) {
        if (consolePatched || AUTH_PATH.test(path)) return;
        const { CONSOLE_ROUTES } = await import('./consoleRoutes');
        if (consolePatched || signal.aborted) return;
        patch('console', CONSOLE_ROUTES);
        consolePatched = true;
      },
    },
  );
}
