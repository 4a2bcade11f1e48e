import { describe, expect, it } from 'vitest';
import { type ConnectionInput, connectionInputSchema, storedConnectionsSchema } from './schema';

const valid: ConnectionInput = {
  kind: 'jidoteki',
  name: 'Lab appliance',
  baseUrl: 'https://appliance.example.net:8443',
  proxyPath: '',
};

function parse(overrides: Partial<Record<keyof ConnectionInput, unknown>>) {
  return connectionInputSchema.safeParse({ ...valid, ...overrides });
}

/** The messages reported for one field. */
function messagesFor(overrides: Partial<Record<keyof ConnectionInput, unknown>>, field: string) {
  const result = parse(overrides);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path.join('.') === field)
    .map((issue) => issue.message);
}

const NEED_HTTP = 'Enter a full http:// or https:// URL, e.g. https://appliance.example.net:8443';
const NO_CREDENTIALS = 'Do not put credentials in the URL: you sign in separately';
const NO_QUERY = 'Remove the query string or # part';

describe('connectionInputSchema: baseUrl', () => {
  it.each([
    ['https://appliance.example.net:8443', 'https://appliance.example.net:8443'],
    ['http://10.0.0.5:8080', 'http://10.0.0.5:8080'],
    ['https://appliance.example.net/', 'https://appliance.example.net'],
    ['https://appliance.example.net:8443//', 'https://appliance.example.net:8443'],
    ['  https://vns3.example.net:8000/  ', 'https://vns3.example.net:8000'],
    ['https://gw.example.net/base/', 'https://gw.example.net/base'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('accepts %j as %j', (input, expected) => {
    const result = parse({ baseUrl: input });
    expect(result.success).toBe(true);
    expect(result.data?.baseUrl).toBe(expected);
  });

  it.each([
    ['appliance.example.net', NEED_HTTP],
    ['appliance.example.net:8443', NEED_HTTP],
    ['ftp://files.example.net', NEED_HTTP],
    ['javascript:alert(1)', NEED_HTTP],
    ['https://', NEED_HTTP],
    ['https://user:pw@appliance.example.net', NO_CREDENTIALS],
    ['https://user@appliance.example.net', NO_CREDENTIALS],
    ['https://appliance.example.net/?token=abc', NO_QUERY],
    ['https://appliance.example.net/#top', NO_QUERY],
  ])('rejects %j with its message', (input, message) => {
    expect(parse({ baseUrl: input }).success).toBe(false);
    expect(messagesFor({ baseUrl: input }, 'baseUrl')).toEqual([message]);
  });

  it('asks for a URL when the field is empty', () => {
    const messages = messagesFor({ baseUrl: '   ' }, 'baseUrl');
    expect(messages[0]).toBe('Enter the base URL');
  });

  it.each(['https://appliance.example.net?', 'https://appliance.example.net/#'])(
    'rejects (or cleans) the empty query/fragment in %j',
    (input) => {
      const result = parse({ baseUrl: input });
      const safe = !result.success || result.data.baseUrl === 'https://appliance.example.net';
      expect(safe).toBe(true);
    },
  );
});

describe('connectionInputSchema: name', () => {
  it('trims the name', () => {
    expect(parse({ name: '  Lab  ' }).data?.name).toBe('Lab');
  });

  it.each(['', '   '])('requires a name (%j)', (name) => {
    expect(messagesFor({ name }, 'name')).toEqual(['Enter a name']);
  });

  it('accepts 64 characters and rejects 65', () => {
    expect(parse({ name: 'x'.repeat(64) }).success).toBe(true);
    expect(messagesFor({ name: 'x'.repeat(65) }, 'name')).toEqual(['Use at most 64 characters']);
  });
});

describe('connectionInputSchema: kind', () => {
  it.each(['vns3', 'shellhub', 'jidoteki', 'evon', 'devicegw'])('accepts %s', (kind) => {
    expect(parse({ kind }).success).toBe(true);
  });

  it('rejects an unknown kind', () => {
    expect(messagesFor({ kind: 'cisco' }, 'kind')).toEqual(['Choose the kind of backend']);
  });
});

describe('connectionInputSchema: proxyPath', () => {
  const PROXY_MESSAGE = 'A proxy path starts with / and uses letters, digits, . _ ~ - and /';

  it.each([
    ['', ''],
    ['/proxy/lab', '/proxy/lab'],
    ['/proxy/lab/', '/proxy/lab'],
    ['  /p_1.x~y-z  ', '/p_1.x~y-z'],
    ['/', ''],
  ])('accepts %j as %j', (input, expected) => {
    const result = parse({ proxyPath: input });
    expect(result.success).toBe(true);
    expect(result.data?.proxyPath).toBe(expected);
  });

  it.each(['proxy/lab', 'https://proxy.example', '/proxy lab', '/proxy?x=1', '/proxy#x', '/prøxy'])(
    'rejects %j',
    (input) => {
      expect(messagesFor({ proxyPath: input }, 'proxyPath')).toEqual([PROXY_MESSAGE]);
    },
  );

  it('rejects a protocol-relative path such as //evil.example', () => {
    expect(parse({ proxyPath: '//evil.example' }).success).toBe(false);
  });
});

describe('storedConnectionsSchema', () => {
  it('accepts the stored envelope and rejects another version', () => {
    const connection = {
      id: 'lab-abc123',
      kind: 'jidoteki',
      name: 'Lab',
      baseUrl: 'https://a.example',
      createdAt: '2024-01-01T00:00:00.000Z',
    };
    expect(
      storedConnectionsSchema.safeParse({ version: 1, connections: [connection] }).success,
    ).toBe(true);
    expect(
      storedConnectionsSchema.safeParse({ version: 2, connections: [connection] }).success,
    ).toBe(false);
  });
});
