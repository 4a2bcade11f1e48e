import { describe, expect, it, vi } from 'vitest';
import type { Connection } from '../schema';
import {
  type ImportedConnection,
  applyImport,
  parseConnectionsFile,
  planImport,
  toConnectionsFile,
} from './connectionsFile';

const lab: Connection = {
  id: 'lab-abc123',
  kind: 'jidoteki',
  name: 'Lab',
  baseUrl: 'https://lab.example:8443',
  createdAt: '2024-01-01T00:00:00.000Z',
};
const edge: Connection = {
  id: 'edge-1',
  kind: 'vns3',
  name: 'Edge',
  baseUrl: 'https://vns3.example:8000',
  proxyPath: '/proxy/edge',
  demo: true,
  createdAt: '2024-01-02T00:00:00.000Z',
};

function file(connections: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ format: 'switchboard-connections', version: 1, connections, ...extra });
}

describe('toConnectionsFile', () => {
  it('exports definitions only: no demo flag, no creation time, no empty proxy path', () => {
    expect(toConnectionsFile([lab, edge], new Date('2025-05-05T00:00:00Z'))).toEqual({
      format: 'switchboard-connections',
      version: 1,
      exportedAt: '2025-05-05T00:00:00.000Z',
      connections: [
        { id: 'lab-abc123', kind: 'jidoteki', name: 'Lab', baseUrl: 'https://lab.example:8443' },
        {
          id: 'edge-1',
          kind: 'vns3',
          name: 'Edge',
          baseUrl: 'https://vns3.example:8000',
          proxyPath: '/proxy/edge',
        },
      ],
    });
  });

  it('reads back what it wrote', () => {
    const result = parseConnectionsFile(JSON.stringify(toConnectionsFile([lab, edge])));
    expect(result).toEqual({
      ok: true,
      connections: [
        {
          id: 'lab-abc123',
          values: {
            kind: 'jidoteki',
            name: 'Lab',
            baseUrl: 'https://lab.example:8443',
            proxyPath: '',
          },
        },
        {
          id: 'edge-1',
          values: {
            kind: 'vns3',
            name: 'Edge',
            baseUrl: 'https://vns3.example:8000',
            proxyPath: '/proxy/edge',
          },
        },
      ],
    });
  });
});

describe('parseConnectionsFile', () => {
  it('drops credential fields someone added to the file', () => {
    const result = parseConnectionsFile(
      file([
        {
          id: 'a',
          kind: 'evon',
          name: 'A',
          baseUrl: 'https://a.example',
          token: 'secret',
          password: 'pw',
        },
      ]),
    );
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(JSON.stringify(result)).not.toContain('pw');
  });

  it.each([
    ['not JSON', '{nope', ['The file is not JSON.']],
    [
      'another format',
      JSON.stringify({ format: 'x', version: 1, connections: [] }),
      ['Not a Switchboard connections file (format must be "switchboard-connections")'],
    ],
    [
      'another version',
      file([], { version: 2 }),
      ['Unsupported version: this console reads version 1'],
    ],
  ])('rejects %s', (_label, text, problems) => {
    expect(parseConnectionsFile(text)).toEqual({ ok: false, problems });
  });

  it('names each bad entry with the rule it breaks, and imports nothing', () => {
    const result = parseConnectionsFile(
      file([
        { id: 'ok', kind: 'evon', name: 'Fine', baseUrl: 'https://a.example' },
        { id: 'b', kind: 'evon', name: 'Creds', baseUrl: 'https://u:p@a.example' },
        { id: 'c', kind: 'cisco', name: 'Kind', baseUrl: 'https://a.example' },
        { id: 'Bad Id', kind: 'evon', name: 'Id', baseUrl: 'https://a.example' },
        { id: 'ok', kind: 'evon', name: 'Twice', baseUrl: 'https://b.example' },
      ]),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'Connection 2 (Creds): baseUrl: Do not put credentials in the URL: you sign in separately',
        'Connection 3 (Kind): kind: Choose the kind of backend',
        'Connection 4 (Id): id: id must be lower-case letters, digits and -',
        'Connection 5 (Twice): id "ok" appears twice in the file',
      ],
    });
  });
});

describe('planImport and applyImport', () => {
  const incoming = (
    id: string,
    values: Partial<ImportedConnection['values']> = {},
  ): ImportedConnection => ({
    id,
    values: {
      kind: 'jidoteki',
      name: 'Lab',
      baseUrl: 'https://lab.example:8443',
      proxyPath: '',
      ...values,
    },
  });

  it('sorts incoming connections into new, unchanged, same id and same backend', () => {
    const steps = planImport(
      [lab, edge],
      [
        incoming('lab-abc123'),
        incoming('edge-1', {
          kind: 'vns3',
          name: 'Edge renamed',
          baseUrl: 'https://vns3.example:8000',
          proxyPath: '/proxy/edge',
        }),
        incoming('lab-copy'),
        incoming('fresh', { baseUrl: 'https://fresh.example' }),
      ],
    );
    expect(steps.map((step) => [step.type, step.incoming.id])).toEqual([
      ['unchanged', 'lab-abc123'],
      ['same-id', 'edge-1'],
      ['same-backend', 'lab-copy'],
      ['new', 'fresh'],
    ]);
  });

  it('adds new ones with their id, keeps conflicts unless told, replaces or copies when told', () => {
    const steps = planImport(
      [lab, edge],
      [
        incoming('fresh', { baseUrl: 'https://fresh.example' }),
        incoming('edge-1', { name: 'Edge 2', kind: 'vns3', baseUrl: 'https://vns3.example:8000' }),
        incoming('lab-copy'),
        incoming('lab-abc123', { name: 'Lab renamed' }),
      ],
    );
    const store = { add: vi.fn(), update: vi.fn() };
    const counts = applyImport(steps, { 'edge-1': 'replace', 'lab-copy': 'copy' }, store);
    expect(counts).toEqual({ added: 2, replaced: 1, skipped: 1 });
    expect(store.add.mock.calls).toEqual([
      [incoming('fresh', { baseUrl: 'https://fresh.example' }).values, { id: 'fresh' }],
      [incoming('lab-copy').values],
    ]);
    expect(store.update.mock.calls).toEqual([
      [
        'edge-1',
        { kind: 'vns3', name: 'Edge 2', baseUrl: 'https://vns3.example:8000', proxyPath: '' },
      ],
    ]);
  });
});
