import { listEndpoints } from './routes/information.ts';
import type { JidotekiState } from './state.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function docsPage(state: JidotekiState): string {
  const items = listEndpoints(state)
    .map((endpoint) => `      <li><code>${escapeHtml(endpoint)}</code></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>API documentation</title>
  </head>
  <body>
    <p><a href="./">&lt;&lt; return to the Admin Dashboard</a></p>
    <h1>API documentation</h1>
    <p>Simulated On-Prem Admin API v1.24.0 (instance <code>${escapeHtml(state.instanceId)}</code>).</p>
    <p>All API endpoints must be prefixed with <code>/api/v1/admin</code>.</p>
    <ul>
${items}
    </ul>
    <p>Powered by on-premises.com - v1.24.0</p>
  </body>
</html>
`;
}

export function dashboardPage(state: JidotekiState): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Admin Dashboard</title>
  </head>
  <body>
    <h1>Admin Dashboard</h1>
    <p>Simulated appliance <code>${escapeHtml(state.instanceId)}</code>. See <a href="docs">docs</a>.</p>
  </body>
</html>
`;
}
