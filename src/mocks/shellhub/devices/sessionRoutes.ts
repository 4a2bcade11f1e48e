import { empty, invalid, json, message, paginate, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { namespaceName, tenantOf } from './context.ts';
import { type Session, iso } from './model.ts';
import { sessionView } from './views.ts';

function find(context: ShellHubRouteContext): Session | undefined {
  const tenant = tenantOf(context);
  return context.state.devices.sessions.find(
    (session) => session.tenantId === tenant && session.uid === context.params.uid,
  );
}

function view(context: ShellHubRouteContext, session: Session) {
  const device = context.state.devices.devices.find((one) => one.uid === session.deviceUid);
  return sessionView(session, device, namespaceName(context));
}

/** asciicast v2: a header line, then one `[seconds, "o", data]` line per output chunk. */
export function asciicast(session: Session): string {
  const header = {
    version: 2,
    width: session.width,
    height: session.height,
    timestamp: Math.floor(session.startedAt / 1000),
  };
  return [header, ...session.frames.map((frame) => [frame.at, 'o', frame.data])]
    .map((line) => JSON.stringify(line))
    .join('\n');
}

function play(context: ShellHubRouteContext) {
  const session = find(context);
  if (!session) return message(404, 'session not found');
  if (!session.recorded) return message(404, 'session has no recording');
  if (context.state.devices.recordingFormat === 'asciicast') {
    return {
      result: new Response(asciicast(session), {
        status: 200,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      }),
    };
  }
  return json(
    session.frames.map((frame) => ({
      uid: session.uid,
      message: frame.data,
      tenant_id: session.tenantId,
      time: iso(session.startedAt + Math.round(frame.at * 1000)),
      width: session.width,
      height: session.height,
    })),
  );
}

export const sessionRoutes: ShellHubRoute[] = [
  {
    method: 'GET',
    pattern: '/api/sessions',
    auth: 'jwt,api-key',
    handle: (context) => {
      const tenant = tenantOf(context);
      const sessions = context.state.devices.sessions
        .filter((session) => session.tenantId === tenant)
        .sort((a, b) => b.startedAt - a.startedAt)
        .map((session) => view(context, session));
      return paginate(sessions, context.url);
    },
  },
  {
    method: 'GET',
    pattern: '/api/sessions/:uid',
    auth: 'jwt,api-key',
    handle: (context) => {
      const session = find(context);
      return session ? json(view(context, session)) : message(404, 'session not found');
    },
  },
  {
    method: 'GET',
    pattern: '/api/sessions/:uid/play',
    auth: 'jwt,api-key',
    minRole: 'administrator',
    handle: play,
  },
  {
    method: 'POST',
    pattern: '/api/sessions/:uid/close',
    auth: 'jwt,api-key',
    minRole: 'administrator',
    handle: async (context) => {
      const session = find(context);
      if (!session) return message(404, 'session not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      if (typeof body.value.device !== 'string' || !/^[0-9a-f]{64}$/.test(body.value.device)) {
        return invalid({ device: 'must be the device UID' });
      }
      if (body.value.device !== session.deviceUid) {
        return message(404, 'the session does not belong to this device');
      }
      if (!session.active) return message(400, 'session is not active');
      session.active = false;
      session.lastSeen = context.now;
      return empty(200);
    },
  },
];
