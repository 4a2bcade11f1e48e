import type { EvonState } from './state.ts';

export const DOWNLOADS = {
  linux: 'bootstrap.sh',
  windows: 'bootstrap.ps1',
  raw: 'openvpn_client-evon_server.conf',
  ovpn: 'EvonHub.ovpn',
  secrets: 'openvpn_secrets.conf',
} as const;

const ENCRYPTED_PREFIX = 'EVON-ENCRYPTED:';

function hub(state: EvonState): string {
  return state.domain;
}

export function bootstrapLinux(state: EvonState): string {
  return [
    '#!/usr/bin/env bash',
    `# Evon Hub bootstrap installer for Linux: connects this system to ${hub(state)}`,
    'set -euo pipefail',
    `EVON_HUB="${hub(state)}"`,
    `PAYLOAD="${ENCRYPTED_PREFIX}client\\nremote ${hub(state)} 443 tcp"`,
    'echo "Installing OpenVPN and joining $EVON_HUB"',
    '',
  ].join('\n');
}

export function bootstrapWindows(state: EvonState): string {
  return [
    `# Evon Hub bootstrap installer for Windows: connects this system to ${hub(state)}`,
    `$EvonHub = "${hub(state)}"`,
    'Write-Host "Installing OpenVPN and joining $EvonHub"',
    '',
  ].join('\r\n');
}

export function serverOpenVpnConfig(state: EvonState): string {
  return ['client', 'dev tun', 'proto tcp', `remote ${hub(state)} 443`, 'nobind', ''].join('\n');
}

export function userOpenVpnConfig(state: EvonState): string {
  return [
    'client',
    'dev tun',
    'proto udp',
    `remote ${hub(state)} 1194`,
    'auth-user-pass',
    'remote-cert-tls server',
    '',
  ].join('\n');
}

/** The bootstrap scripts' payload: only the simulator's own marker "decrypts". */
export function decryptPayload(text: string): string | null {
  return text.startsWith(ENCRYPTED_PREFIX)
    ? text.slice(ENCRYPTED_PREFIX.length).replace(/\\n/g, '\n')
    : null;
}

const OPERATIONS: [string, string[]][] = [
  ['/api/bootstrap/decrypt', ['post']],
  ['/api/bootstrap/linux', ['get']],
  ['/api/bootstrap/windows', ['get']],
  ['/api/config', ['get']],
  ['/api/config/{id}', ['patch']],
  ['/api/group', ['get', 'post']],
  ['/api/group/{id}', ['get', 'patch', 'delete']],
  ['/api/ovpnclient/download', ['get']],
  ['/api/permission', ['get']],
  ['/api/ping', ['get']],
  ['/api/policy', ['get', 'post']],
  ['/api/policy/{id}', ['get', 'patch', 'delete']],
  ['/api/rule', ['get', 'post']],
  ['/api/rule/{id}', ['get', 'patch', 'delete']],
  ['/api/server', ['get']],
  ['/api/server/{id}', ['get', 'patch', 'delete']],
  ['/api/servergroup', ['get', 'post']],
  ['/api/servergroup/{id}', ['get', 'patch', 'delete']],
  ['/api/user', ['get', 'post']],
  ['/api/user/{id}', ['get', 'patch', 'delete']],
  ['/api/userprofile/{user}', ['get', 'patch']],
];

/** A skeleton of the drf-spectacular document: the paths and methods, no component schemas. */
export function openApiDocument() {
  const paths: Record<string, Record<string, { operationId: string; tags: string[] }>> = {};
  for (const [path, methods] of OPERATIONS) {
    const tag = path.split('/')[2] ?? '';
    paths[path] = {};
    for (const method of methods) {
      const id = `${path
        .slice(5)
        .replace(/[/{}]+/g, '_')
        .replace(/_$/, '')}_${method}`;
      paths[path][method] = { operationId: id, tags: [tag] };
    }
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Evon Hub API', version: '1.1' },
    paths,
    components: {
      securitySchemes: { tokenAuth: { type: 'apiKey', in: 'header', name: 'Authorization' } },
    },
  };
}

export function toYaml(value: unknown, indent = ''): string {
  if (typeof value !== 'object' || value === null) return `${JSON.stringify(value)}\n`;
  const lines: string[] = [];
  const entries = Array.isArray(value)
    ? value.map((item) => ['-', item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    const label = Array.isArray(value) ? '-' : `${JSON.stringify(key)}:`;
    if (typeof item === 'object' && item !== null) {
      lines.push(`${indent}${label}\n${toYaml(item, `${indent}  `).trimEnd()}`);
    } else {
      lines.push(`${indent}${label} ${JSON.stringify(item)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const REDOC_PAGE = `<!DOCTYPE html>
<html>
<head><title>Evon Hub API</title><meta charset="utf-8"></head>
<body><redoc spec-url="/api/schema"></redoc></body>
</html>
`;
