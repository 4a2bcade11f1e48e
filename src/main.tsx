import './app/styles/base';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { startAuditTrail } from './app/audit/install';
import { Providers } from './app/Providers';
import { createAppRouter } from './app/router';
import { seedDemoConnections } from './connections/demo';

startAuditTrail();
void seedDemoConnections().finally(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={createAppRouter()} />
      </Providers>
    </StrictMode>,
  );
});
