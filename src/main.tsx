import './app/styles/base';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/Providers';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { startSessionCleanup } from './auth/sessionCleanup';
import { seedDemoConnections } from './connections/demo';

const queryClient = createQueryClient();
startSessionCleanup(queryClient);
void seedDemoConnections().finally(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={createAppRouter()} />
      </Providers>
    </StrictMode>,
  );
});
