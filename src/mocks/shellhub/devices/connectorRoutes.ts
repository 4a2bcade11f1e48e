import { randomUUID } from 'node:crypto';
import { empty, invalid, isRecord, json, message, paginate, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { tenantOf } from './context.ts';
import type { Connector } from './model.ts';
import { connectorView } from './views.ts';

type Settings = Omit<Connector, 'uid' | 'tenantId'>;

const HOSTNAME =
  /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

function parseSettings(body: Record<string, unknown>): Settings | Record<string, string> {
  const fields: Record<string, string> = {};
  const { enable, address, port, secure, tls } = body;
  if (typeof enable !== 'boolean') fields.enable = 'must be true or false';
  if (typeof address !== 'string' || !HOSTNAME.test(address)) {
    fields.address = 'must be a hostname or an IPv4 address';
  }
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
    fields.port = 'must be a whole number from 0 to 65535';
  }
  if (typeof secure !== 'boolean') fields.secure = 'must be true or false';
  const tlsOk =
    tls === null ||
    tls === undefined ||
    (isRecord(tls) && ['ca', 'cert', 'key'].every((k) => typeof tls[k] === 'string' && tls[k]));
  if (!tlsOk) fields.tls = 'needs ca, cert and key';
  if (Object.keys(fields).length > 0) return fields;
  return {
    enable: enable as boolean,
    address: address as string,
    port: port as number,
    secure: secure as boolean,
    tls: isRecord(tls) ? (tls as Connector['tls']) : null,
  };
}

const isSettings = (value: Settings | Record<string, string>): value is Settings =>
  typeof value.enable === 'boolean';

function find(context: ShellHubRouteContext): Connector | undefined {
  const tenant = tenantOf(context);
  return context.state.devices.connectors.find(
    (connector) => connector.tenantId === tenant && connector.uid === context.params.uid,
  );
}

const auth = 'jwt' as const;

export const connectorRoutes: ShellHubRoute[] = [
  {
    method: 'GET',
    pattern: '/api/connector',
    auth,
    handle: (context) => {
      const enable = context.url.searchParams.get('enable');
      if (enable !== null && enable !== 'true' && enable !== 'false') {
        return invalid({ enable: 'must be true or false' });
      }
      const tenant = tenantOf(context);
      const connectors = context.state.devices.connectors
        .filter((c) => c.tenantId === tenant && (enable === null || String(c.enable) === enable))
        .map(connectorView);
      return paginate(connectors, context.url);
    },
  },
  {
    method: 'POST',
    pattern: '/api/connector',
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const settings = parseSettings(body.value);
      if (!isSettings(settings)) return invalid(settings);
      const connector: Connector = { uid: randomUUID(), tenantId: tenantOf(context), ...settings };
      context.state.devices.connectors.push(connector);
      return json(connectorView(connector));
    },
  },
  {
    method: 'GET',
    pattern: '/api/connector/:uid',
    auth,
    handle: (context) => {
      const connector = find(context);
      return connector ? json(connectorView(connector)) : message(404, 'connector not found');
    },
  },
  {
    method: 'PATCH',
    pattern: '/api/connector/:uid',
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const connector = find(context);
      if (!connector) return message(404, 'connector not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const settings = parseSettings(body.value);
      if (!isSettings(settings)) return invalid(settings);
      Object.assign(connector, settings);
      return empty(200);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/connector/:uid',
    auth,
    minRole: 'administrator',
    handle: (context) => {
      const connector = find(context);
      if (!connector) return message(404, 'connector not found');
      const { devices } = context.state;
      devices.connectors = devices.connectors.filter((one) => one !== connector);
      return empty(200);
    },
  },
  {
    method: 'GET',
    pattern: '/api/connector/:uid/info',
    auth,
    handle: (context) => {
      const connector = find(context);
      if (!connector) return message(404, 'connector not found');
      if (!connector.enable) return message(503, 'connector is disabled');
      const containers = context.state.devices.devices.filter(
        (d) => d.kind === 'container' && d.tenantId === connector.tenantId,
      );
      const running = containers.filter((d) => d.online).length;
      return json({
        ID: connector.uid,
        Containers: containers.length,
        ContainersRunning: running,
        ContainersPaused: 0,
        ContainersStopped: containers.length - running,
        Images: containers.length + 2,
        Driver: 'overlay2',
        ServerVersion: '27.3.1',
        OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
        NCPU: 4,
        MemTotal: 8_324_091_904,
      });
    },
  },
];
