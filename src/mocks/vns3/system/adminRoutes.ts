import { badRequest, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { booleanField, stringField } from './fields.ts';
import { startReboot } from './lifecycle.ts';
import { identityRoutes } from './identityRoutes.ts';
import { isHost, isIPv4 } from './rules.ts';

export const adminRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/remote_support',
    handle: ({ state }) => vns3Response({ enabled: state.system.remoteSupport.enabled }),
  },
  {
    method: 'PUT',
    pattern: '/remote_support',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const enabled = booleanField(body.value, 'enabled');
      if (!enabled.ok) return enabled.outcome;
      const revoke = booleanField(body.value, 'revoke_credential');
      if (!revoke.ok) return revoke.outcome;
      if (enabled.value === undefined && revoke.value === undefined) {
        return badRequest('enabled or revoke_credential is required');
      }
      const support = state.system.remoteSupport;
      if (enabled.value !== undefined) support.enabled = enabled.value;
      if (revoke.value) support.keypairs = 0;
      return vns3Response({ enabled: support.enabled, revoke_credential: revoke.value ?? false });
    },
  },
  {
    method: 'POST',
    pattern: '/remote_support/keypair',
    handle: async ({ state, request }) => {
      const text = await request.text();
      if (text.trim() === '') return badRequest('The encrypted passphrase file is empty');
      if (!state.system.remoteSupport.enabled) {
        return vns3Error(403, 'PrerequisiteError', 'Remote support is not enabled');
      }
      state.system.remoteSupport.keypairs += 1;
      const pem = `-----BEGIN RSA PRIVATE KEY-----\nc2ltdWxhdGVkIHN1cHBvcnQga2V5\n-----END RSA PRIVATE KEY-----\n`;
      return {
        result: new Response(pem, {
          status: 201,
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Disposition': 'attachment; filename="remote_support_key.pem"',
          },
        }),
      };
    },
  },
  {
    method: 'PUT',
    pattern: '/server',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const reboot = booleanField(body.value, 'reboot', true);
      if (!reboot.ok) return reboot.outcome;
      if (!reboot.value) return badRequest('reboot must be true');
      startReboot(state, now);
      return vns3Response({ status: 'rebooting' });
    },
  },
  {
    method: 'GET',
    pattern: '/cloud_data',
    handle: ({ state }) =>
      vns3Response({
        cloud_type: 'ec2',
        cloud_data: {
          instanceId: `i-${state.instanceId.replace(/[^a-z0-9]/gi, '').slice(0, 12) || 'sim'}`,
          instanceType: 't3.small',
          region: 'eu-west-1',
          availabilityZone: 'eu-west-1a',
          privateIp: '10.0.1.10',
          imageId: 'ami-0123456789abcdef0',
          architecture: 'x86_64',
          accountId: '123456789012',
        },
      }),
  },
  {
    method: 'PUT',
    pattern: '/config',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { config } = state.system;
      for (const key of ['topology_name', 'controller_name', 'ntp_hosts'] as const) {
        const field = stringField(body.value, key);
        if (!field.ok) return field.outcome;
        if (key === 'ntp_hosts' && field.value !== undefined) {
          const hosts = field.value.trim().split(/\s+/).filter(Boolean);
          if (!hosts.every(isHost))
            return badRequest('ntp_hosts must be host names separated by spaces');
        }
        if (key === 'controller_name' && field.value !== undefined && field.value.length > 64) {
          return badRequest('controller_name must be at most 64 characters');
        }
        if (field.value !== undefined) config[key] = field.value;
      }
      return vns3Response({
        ...config,
        licensed: state.licensed,
        vns3_version: state.version,
      });
    },
  },
  ...identityRoutes('vpn'),
  ...identityRoutes('controller'),
  {
    method: 'GET',
    pattern: '/ms',
    handle: ({ state }) => vns3Response(state.system.ms ?? { ip: null, alert_enabled: false }),
  },
  {
    method: 'POST',
    pattern: '/ms',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const ip = stringField(body.value, 'ip', { required: true });
      if (!ip.ok) return ip.outcome;
      if (!isIPv4(ip.value ?? '')) return badRequest('ip must be an IPv4 address');
      state.system.ms = {
        ip: ip.value ?? '',
        alert_enabled: state.system.ms?.alert_enabled ?? false,
      };
      return vns3Response(state.system.ms);
    },
  },
  {
    method: 'PUT',
    pattern: '/ms',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const alertEnabled = booleanField(body.value, 'alert_enabled', true);
      if (!alertEnabled.ok) return alertEnabled.outcome;
      const ip = stringField(body.value, 'ip');
      if (!ip.ok) return ip.outcome;
      if (ip.value !== undefined && !isIPv4(ip.value))
        return badRequest('ip must be an IPv4 address');
      const current = state.system.ms ?? { ip: '', alert_enabled: false };
      state.system.ms = { ip: ip.value ?? current.ip, alert_enabled: alertEnabled.value ?? false };
      return vns3Response(state.system.ms);
    },
  },
  {
    method: 'POST',
    pattern: '/ms/alert/test',
    handle: ({ state }) =>
      state.system.ms?.ip
        ? vns3Response(true)
        : vns3Error(400, 'APIBadRequestError', 'VNS3:ms is not configured'),
  },
];
