import { z } from 'zod/mini';
import { PLUGIN_NAME } from './rules';

/** The controller's documented plugin rules, mirrored so bad input is never sent. */

export const EXPORT_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
export const SSH_USERNAME = /^[a-z_][a-z0-9_-]{0,31}$/;
export const SSH_PUBLIC_KEY =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+( \S.*)?$/;
export const USER_PASSWORD_MIN = 8;
export const PROCESS_ACTIONS = ['start', 'stop', 'restart', 'status'] as const;
export const FIREWALL_PRESETS = ['ssh', 'internet', 'port_map'] as const;
export const TIMEOUT = { min: 1, max: 600 } as const;

const pluginName = z.string().check(
  z.trim(),
  z.refine((v) => PLUGIN_NAME.test(v), 'Start with a letter or digit; at most 64 characters'),
);

const isWholeIn = (text: string, min: number, max: number) =>
  /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max;

const optionalTimeout = z.string().check(
  z.trim(),
  z.refine(
    (v) => v === '' || isWholeIn(v, TIMEOUT.min, TIMEOUT.max),
    `Enter whole seconds from ${TIMEOUT.min} to ${TIMEOUT.max}, or leave empty`,
  ),
);

export const pluginEditSchema = z.object({
  name: pluginName,
  description: z.string(),
  version: z.string().check(z.trim()),
});
export type PluginEditValues = z.infer<typeof pluginEditSchema>;

export const exportNameSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.refine((v) => EXPORT_NAME.test(v), 'Use letters, digits, dot, dash and underscore (1 to 64)'),
  ),
});
export type ExportNameValues = z.infer<typeof exportNameSchema>;

export const instanceCommitSchema = z.object({
  name: pluginName,
  description: z.string(),
  version: z.string().check(z.trim()),
});
export type InstanceCommitValues = z.infer<typeof instanceCommitSchema>;

const MANAGER_LISTS = ['log_files', 'configuration_files', 'ports', 'executables'];

/** Why a manager configuration text is not one the controller accepts, or null. */
export function managerProblem(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'Enter valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'Enter a JSON object';
  }
  const body = value as Record<string, unknown>;
  const list = MANAGER_LISTS.find((key) => body[key] !== undefined && !Array.isArray(body[key]));
  if (list) return `${list} must be a list`;
  const processManager = body.process_manager;
  if (processManager === undefined) return null;
  if (typeof processManager !== 'object' || processManager === null) {
    return 'process_manager must be an object';
  }
  const subprocesses = (processManager as Record<string, unknown>).subprocesses;
  if (
    subprocesses !== undefined &&
    (!Array.isArray(subprocesses) || subprocesses.some((name) => typeof name !== 'string'))
  ) {
    return 'process_manager.subprocesses must be a list of names';
  }
  return null;
}

export const managerSchema = z.object({
  json: z.string().check(
    z.superRefine((text, context) => {
      const problem = managerProblem(text);
      if (problem) context.addIssue({ code: 'custom', message: problem, input: text });
    }),
  ),
});
export type ManagerValues = z.infer<typeof managerSchema>;

export const LOG_LINES_MAX = 10_000;

export const logLinesSchema = z.object({
  lines: z.string().check(
    z.trim(),
    z.refine(
      (v) => isWholeIn(v, 1, LOG_LINES_MAX),
      `Enter a whole number from 1 to ${LOG_LINES_MAX}`,
    ),
  ),
});
export type LogLinesValues = z.infer<typeof logLinesSchema>;

export const processActionSchema = z.object({
  process: z.string().check(z.minLength(1, 'Choose a process')),
  action: z.string().check(z.minLength(1, 'Choose an action')),
  timeout: optionalTimeout,
});
export type ProcessActionValues = z.infer<typeof processActionSchema>;

export const commandSchema = z.object({
  command: z.string().check(z.minLength(1, 'Choose a command')),
  timeout: optionalTimeout,
});
export type CommandValues = z.infer<typeof commandSchema>;

const port = z.string().check(z.trim());

export const firewallPresetSchema = z
  .object({
    preset: z.string().check(z.minLength(1, 'Choose a preset')),
    host_port: port,
    container_port: port,
    protocol: z.string(),
  })
  .check(
    z.refine((v) => v.preset !== 'port_map' || isWholeIn(v.host_port, 1, 65535), {
      path: ['host_port'],
      message: 'Enter a port from 1 to 65535',
    }),
    z.refine((v) => v.preset !== 'port_map' || isWholeIn(v.container_port, 1, 65535), {
      path: ['container_port'],
      message: 'Enter a port from 1 to 65535',
    }),
    z.refine((v) => v.preset !== 'port_map' || v.protocol === 'tcp' || v.protocol === 'udp', {
      path: ['protocol'],
      message: 'Choose TCP or UDP',
    }),
  );
export type FirewallPresetValues = z.infer<typeof firewallPresetSchema>;

export const instanceUserSchema = z
  .object({
    username: z.string().check(
      z.trim(),
      z.refine(
        (v) => SSH_USERNAME.test(v),
        'Lower-case letters, digits, _ and -; start with a letter or _ (at most 32)',
      ),
    ),
    password: z.string(),
    public_key: z.string().check(z.trim()),
    require_public_key: z.boolean(),
    /** Updating an existing user may leave both credentials empty to keep them. */
    existing: z.boolean(),
  })
  .check(
    z.refine((v) => v.password === '' || v.password.length >= USER_PASSWORD_MIN, {
      path: ['password'],
      message: `At least ${USER_PASSWORD_MIN} characters, or leave empty`,
    }),
    z.refine((v) => v.public_key === '' || SSH_PUBLIC_KEY.test(v.public_key), {
      path: ['public_key'],
      message: 'Paste an OpenSSH public key (ssh-ed25519 AAAA…), or leave empty',
    }),
    z.refine((v) => v.existing || v.password !== '' || v.public_key !== '', {
      path: ['password'],
      message: 'Enter a password or a public key',
    }),
    z.refine((v) => !v.require_public_key || v.existing || v.public_key !== '', {
      path: ['public_key'],
      message: 'A public key is required when key login is enforced',
    }),
  );
export type InstanceUserValues = z.infer<typeof instanceUserSchema>;

/** The wire names of a plugin's (or a commit's) name, description and version. */
export const PLUGIN_META_FIELDS = {
  name: 'name',
  description: 'description',
  version: 'version',
} as const;
