import { describe, expect, it } from 'vitest';
import {
  commandSchema,
  exportNameSchema,
  firewallPresetSchema,
  instanceCommitSchema,
  instanceUserSchema,
  logLinesSchema,
  managerProblem,
  managerSchema,
  pluginEditSchema,
  processActionSchema,
} from './pluginRules';

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('plugin rules', () => {
  it('checks plugin and commit names', () => {
    expect(
      pluginEditSchema.safeParse({ name: 'HAProxy LB', description: '', version: '2.9' }).success,
    ).toBe(true);
    expect(
      firstMessage(pluginEditSchema.safeParse({ name: ' ', description: '', version: '' })),
    ).toBe('Start with a letter or digit; at most 64 characters');
    expect(
      instanceCommitSchema.safeParse({ name: '-x', description: '', version: '' }).success,
    ).toBe(false);
  });

  it('checks export names', () => {
    expect(exportNameSchema.safeParse({ name: 'backup_1.2' }).success).toBe(true);
    for (const name of ['', 'a b', 'x'.repeat(65), '../etc']) {
      expect(exportNameSchema.safeParse({ name }).success, name).toBe(false);
    }
  });

  it('accepts a manager object and names what is wrong otherwise', () => {
    expect(
      managerProblem('{"process_manager":{"name":"supervisor","subprocesses":["a"]}}'),
    ).toBeNull();
    expect(managerProblem('{')).toBe('Enter valid JSON');
    expect(managerProblem('[]')).toBe('Enter a JSON object');
    expect(managerProblem('{"ports":{}}')).toBe('ports must be a list');
    expect(managerProblem('{"process_manager":{"subprocesses":[1]}}')).toBe(
      'process_manager.subprocesses must be a list of names',
    );
    expect(firstMessage(managerSchema.safeParse({ json: 'null' }))).toBe('Enter a JSON object');
  });

  it('limits log lines and timeouts', () => {
    expect(logLinesSchema.safeParse({ lines: '200' }).success).toBe(true);
    expect(logLinesSchema.safeParse({ lines: '0' }).success).toBe(false);
    expect(logLinesSchema.safeParse({ lines: '10001' }).success).toBe(false);
    expect(logLinesSchema.safeParse({ lines: '1.5' }).success).toBe(false);
    expect(
      processActionSchema.safeParse({ process: 'main', action: 'stop', timeout: '' }).success,
    ).toBe(true);
    expect(
      processActionSchema.safeParse({ process: 'main', action: 'stop', timeout: '601' }).success,
    ).toBe(false);
    expect(firstMessage(commandSchema.safeParse({ command: '', timeout: '' }))).toBe(
      'Choose a command',
    );
  });

  it('requires ports and protocol for a port map only', () => {
    const base = { host_port: '', container_port: '', protocol: '' };
    expect(firewallPresetSchema.safeParse({ ...base, preset: 'ssh' }).success).toBe(true);
    const missing = firewallPresetSchema.safeParse({ ...base, preset: 'port_map' });
    expect(missing.error?.issues.map((issue) => issue.path[0])).toEqual([
      'host_port',
      'container_port',
      'protocol',
    ]);
    expect(
      firewallPresetSchema.safeParse({
        preset: 'port_map',
        host_port: '65536',
        container_port: '80',
        protocol: 'tcp',
      }).success,
    ).toBe(false);
    expect(
      firewallPresetSchema.safeParse({
        preset: 'port_map',
        host_port: '10000',
        container_port: '3000',
        protocol: 'udp',
      }).success,
    ).toBe(true);
  });

  it('checks SSH users: name, password length, key format, one credential', () => {
    const user = { password: '', public_key: '', require_public_key: false, existing: false };
    expect(
      instanceUserSchema.safeParse({ ...user, username: 'ops', password: 'long enough' }).success,
    ).toBe(true);
    expect(
      instanceUserSchema.safeParse({ ...user, username: 'Ops', password: 'long enough' }).success,
    ).toBe(false);
    expect(firstMessage(instanceUserSchema.safeParse({ ...user, username: 'ops' }))).toBe(
      'Enter a password or a public key',
    );
    expect(
      firstMessage(instanceUserSchema.safeParse({ ...user, username: 'ops', password: 'short' })),
    ).toBe('At least 8 characters, or leave empty');
    expect(
      instanceUserSchema.safeParse({
        ...user,
        username: 'ops',
        public_key: 'ssh-ed25519 AAAAC3Nza ops@host',
      }).success,
    ).toBe(true);
    expect(
      instanceUserSchema.safeParse({ ...user, username: 'ops', public_key: 'not a key' }).success,
    ).toBe(false);
    expect(
      instanceUserSchema.safeParse({
        ...user,
        username: 'ops',
        password: 'long enough',
        require_public_key: true,
      }).success,
    ).toBe(false);
    expect(instanceUserSchema.safeParse({ ...user, username: 'ops', existing: true }).success).toBe(
      true,
    );
  });
});
