import type { Connection } from '@/connections/schema';
import { connectionStore } from '@/connections/store';
import type { AuditEntry } from './auditEntry';
import { type AuditedConnection, installAuditRecorder } from './recorder';

let installed = false;
let cachedFor: readonly Connection[] | null = null;
let cached: AuditedConnection[] = [];

function auditedConnections(): readonly AuditedConnection[] {
  const connections = connectionStore.getAll();
  if (connections !== cachedFor) {
    cachedFor = connections;
    cached = connections.map((connection) => ({
      id: connection.id,
      name: connection.name,
      // As resolveUrl in api/http.ts, which the first page does not load.
      root: connection.proxyPath
        ? new URL(connection.proxyPath, window.location.origin).href
        : connection.baseUrl,
    }));
  }
  return cached;
}

/** Starts recording this tab's mutations into the audit trail (once). */
export function startAuditTrail() {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  installAuditRecorder(window, { connections: auditedConnections, record });
}

/** The store (and its schema) load with the first change, not with the first page. */
function record(entry: Omit<AuditEntry, 'id'>) {
  void import('./auditStore').then(({ auditStore }) => auditStore.record(entry));
}
