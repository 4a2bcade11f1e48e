import type { Connector, Device, FirewallRule, PublicKey, Session } from './model.ts';
import { iso } from './model.ts';

export function deviceView(device: Device, namespace: string) {
  return {
    uid: device.uid,
    name: device.name,
    identity: { mac: device.mac },
    info: device.info,
    public_key: device.publicKey,
    tenant_id: device.tenantId,
    last_seen: iso(device.lastSeen),
    online: device.online,
    namespace,
    status: device.status,
    status_update_at: iso(device.statusUpdatedAt),
    created_at: iso(device.createdAt),
    remote_addr: device.remoteAddr,
    position: device.position,
    tags: device.tags,
    public_url: device.publicUrl,
    acceptable: device.status !== 'accepted',
  };
}

export function sessionView(session: Session, device: Device | undefined, namespace: string) {
  return {
    uid: session.uid,
    device_uid: session.deviceUid,
    device: device ? deviceView(device, namespace) : null,
    tenant_id: session.tenantId,
    username: session.username,
    ip_address: session.ipAddress,
    started_at: iso(session.startedAt),
    last_seen: iso(session.lastSeen),
    active: session.active,
    authenticated: session.authenticated,
    recorded: session.recorded,
    type: session.type,
    term: session.term,
    position: { latitude: 45.75, longitude: 4.85 },
  };
}

export function ruleView(rule: FirewallRule) {
  return {
    id: rule.id,
    tenant_id: rule.tenantId,
    priority: rule.priority,
    action: rule.action,
    active: rule.active,
    source_ip: rule.sourceIp,
    username: rule.username,
    filter: 'tags' in rule.filter ? { tags: rule.filter.tags } : { hostname: rule.filter.hostname },
  };
}

export function publicKeyView(key: PublicKey) {
  return {
    data: key.data,
    fingerprint: key.fingerprint,
    tenant_id: key.tenantId,
    name: key.name,
    username: key.username,
    filter: 'tags' in key.filter ? { tags: key.filter.tags } : { hostname: key.filter.hostname },
    created_at: iso(key.createdAt),
  };
}

export function connectorView(connector: Connector) {
  return {
    uid: connector.uid,
    tenant_id: connector.tenantId,
    enable: connector.enable,
    address: connector.address,
    port: connector.port,
    secure: connector.secure,
    status: connector.enable
      ? { State: 'connected', Message: '' }
      : { State: 'disconnected', Message: 'connector disabled' },
    tls: connector.tls,
  };
}
