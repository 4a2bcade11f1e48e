import { z } from 'zod/mini';
import { type ConnectionValues, type Connection, connectionInputSchema } from '../schema';

export const FILE_FORMAT = 'switchboard-connections';
const MAX_CONNECTIONS = 5000;

/** A connection definition as exported: never a credential, a session or the demo flag. */
export interface ExportedConnection {
  id: string;
  kind: Connection['kind'];
  name: string;
  baseUrl: string;
  proxyPath?: string;
}

export interface ConnectionsFile {
  format: typeof FILE_FORMAT;
  version: 1;
  exportedAt: string;
  connections: ExportedConnection[];
}

export function toConnectionsFile(
  connections: readonly Connection[],
  now = new Date(),
): ConnectionsFile {
  return {
    format: FILE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    connections: connections.map((connection) => ({
      id: connection.id,
      kind: connection.kind,
      name: connection.name,
      baseUrl: connection.baseUrl,
      ...(connection.proxyPath ? { proxyPath: connection.proxyPath } : {}),
    })),
  };
}

const envelopeSchema = z.object({
  format: z.literal(FILE_FORMAT, {
    error: `Not a Switchboard connections file (format must be "${FILE_FORMAT}")`,
  }),
  version: z.literal(1, { error: 'Unsupported version: this console reads version 1' }),
  connections: z
    .array(z.unknown())
    .check(z.maxLength(MAX_CONNECTIONS, `At most ${MAX_CONNECTIONS} connections per file`)),
});

// Unknown keys (a token someone added by hand) are dropped, never imported.
const fileConnectionSchema = z.extend(connectionInputSchema, {
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be lower-case letters, digits and -')),
});

export interface ImportedConnection {
  id: string;
  values: ConnectionValues;
}

export type ParseResult =
  { ok: true; connections: ImportedConnection[] } | { ok: false; problems: string[] };

/** Checks a whole file; nothing is imported from a file with any problem. */
export function parseConnectionsFile(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['The file is not JSON.'] };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues.map((issue) =>
        issue.path.length > 0 && issue.code === 'invalid_type' && issue.path[0] !== 'connections'
          ? `Not a Switchboard connections file (${issue.path.join('.')} is missing)`
          : issue.message,
      ),
    };
  }
  const problems: string[] = [];
  const connections: ImportedConnection[] = [];
  const ids = new Set<string>();
  envelope.data.connections.forEach((item, index) => {
    const record =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const label = `Connection ${index + 1}${typeof record.name === 'string' ? ` (${record.name})` : ''}`;
    const parsed = fileConnectionSchema.safeParse({ proxyPath: '', ...record });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${label}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      }
      return;
    }
    const { id, ...values } = parsed.data;
    if (ids.has(id)) {
      problems.push(`${label}: id "${id}" appears twice in the file`);
      return;
    }
    ids.add(id);
    connections.push({ id, values });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, connections };
}

export type ImportStep =
  | { type: 'new'; incoming: ImportedConnection }
  | { type: 'unchanged'; incoming: ImportedConnection; existing: Connection }
  /** Same id, different definition. */
  | { type: 'same-id'; incoming: ImportedConnection; existing: Connection }
  /** Another id already points at the same backend. */
  | { type: 'same-backend'; incoming: ImportedConnection; existing: Connection };

export type ConflictChoice = 'keep' | 'replace' | 'copy';

function sameBackend(values: ConnectionValues, connection: Connection) {
  return (
    values.kind === connection.kind &&
    values.baseUrl === connection.baseUrl &&
    (values.proxyPath || '') === (connection.proxyPath ?? '')
  );
}

export function planImport(
  existing: readonly Connection[],
  incoming: readonly ImportedConnection[],
): ImportStep[] {
  return incoming.map((item) => {
    const byId = existing.find((connection) => connection.id === item.id);
    if (byId) {
      const same = sameBackend(item.values, byId) && byId.name === item.values.name;
      return same
        ? { type: 'unchanged', incoming: item, existing: byId }
        : { type: 'same-id', incoming: item, existing: byId };
    }
    const twin = existing.find((connection) => sameBackend(item.values, connection));
    return twin
      ? { type: 'same-backend', incoming: item, existing: twin }
      : { type: 'new', incoming: item };
  });
}

export interface ImportTarget {
  add(values: ConnectionValues, extra?: { id?: string }): unknown;
  update(id: string, values: ConnectionValues): unknown;
}

/** Applies a plan; a conflict without a choice keeps what is there. Returns what changed. */
export function applyImport(
  steps: readonly ImportStep[],
  choices: Readonly<Record<string, ConflictChoice>>,
  store: ImportTarget,
): { added: number; replaced: number; skipped: number } {
  const counts = { added: 0, replaced: 0, skipped: 0 };
  for (const step of steps) {
    const choice = choices[step.incoming.id] ?? 'keep';
    if (step.type === 'new') {
      store.add(step.incoming.values, { id: step.incoming.id });
      counts.added += 1;
    } else if (step.type === 'unchanged' || choice === 'keep') {
      counts.skipped += 1;
    } else if (choice === 'replace' && step.type === 'same-id') {
      store.update(step.existing.id, step.incoming.values);
      counts.replaced += 1;
    } else {
      store.add(step.incoming.values);
      counts.added += 1;
    }
  }
  return counts;
}
