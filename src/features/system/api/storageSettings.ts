import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { ipFamily } from '@/lib/ipAddress';
import { type FieldRule, RULES, checkField, reportIssues, textOf } from './fieldRules';
import { settingsFormData } from './settingsFile';
import { STORAGE_TYPES, type StorageInfo, type StorageType, isStorageType } from './storage';

export const STORAGE_FIELDS = [
  'mount_options',
  'ip',
  'share',
  'device',
  'target',
  'username',
  'password',
  'export_name',
  'port',
] as const;

export type StorageField = (typeof STORAGE_FIELDS)[number];

interface StorageFieldRule {
  rule: FieldRule;
  required: string;
}

/** Every field of every type is required (API doc, "Settings validation (storage)"). */
const FIELD_RULES: Record<StorageField, StorageFieldRule> = {
  mount_options: { rule: RULES.mountOptions, required: 'Enter the mount options, e.g. noacl,sync' },
  ip: { rule: RULES.ipAddress, required: "Enter the server's IP address" },
  share: { rule: RULES.path, required: 'Enter the share path, e.g. /nfs/storage' },
  device: { rule: RULES.fqdn, required: 'Enter the device, e.g. e0.1' },
  target: {
    rule: RULES.iscsiTarget,
    required: 'Enter the target, e.g. iqn.2016-01.com.example:lun1',
  },
  username: { rule: RULES.printable, required: 'Enter the username' },
  password: { rule: RULES.printable, required: 'Enter the password' },
  export_name: { rule: RULES.path, required: 'Enter the export name' },
  port: { rule: RULES.port, required: 'Enter the port, e.g. 1043' },
};

/** The fields of each type, in the order the appliance checks them. */
export const STORAGE_TYPE_FIELDS: Record<StorageType, readonly StorageField[]> = {
  local: [],
  nfs: ['mount_options', 'ip', 'share'],
  aoe: ['device'],
  iscsi: ['target', 'ip', 'username', 'password'],
  nbd: ['export_name', 'ip', 'port'],
};

export type StorageFormValues = { type: string } & Record<StorageField, string>;

/** The appliance's rules for the chosen type, plus a real address shape for `ip`. */
export function storageIssues(
  values: StorageFormValues,
  options: readonly string[],
): Partial<Record<'type' | StorageField, string>> {
  const issues: Partial<Record<'type' | StorageField, string>> = {};
  if (!isStorageType(values.type)) {
    issues.type = 'Choose a storage type';
    return issues;
  }
  if (!options.includes(values.type)) {
    issues.type = `This appliance offers only: ${options.join(', ')}`;
    return issues;
  }
  for (const field of STORAGE_TYPE_FIELDS[values.type]) {
    const { rule, required } = FIELD_RULES[field];
    const value = values[field];
    const message =
      checkField(value, rule, required) ??
      (field === 'ip' && ipFamily(value) === null
        ? 'Enter an IPv4 or IPv6 address, e.g. 192.168.1.100 or fd00::10'
        : null);
    if (message) issues[field] = message;
  }
  return issues;
}

/** The form schema for an appliance offering `options` (GET /storage). */
export function storageFormSchema(options: readonly string[]) {
  return z
    .object({
      type: z.string(),
      mount_options: z.string(),
      ip: z.string(),
      share: z.string(),
      device: z.string(),
      target: z.string(),
      username: z.string(),
      password: z.string(),
      export_name: z.string(),
      port: z.string(),
    })
    .check(z.superRefine((values, ctx) => reportIssues(storageIssues(values, options), ctx)));
}

/** The form filled from GET /storage: the current type when it is offered, else the first. */
export function storageFormDefaults(info: StorageInfo, offered: readonly StorageType[]) {
  const current: Record<string, unknown> = info.storage;
  const type = offered.find((option) => option === info.storage.type) ?? offered[0] ?? '';
  const values = { type } as StorageFormValues;
  for (const field of STORAGE_FIELDS) values[field] = textOf(current[field]);
  return values;
}

export interface StorageJson {
  storage: { type: StorageType } & Partial<Record<StorageField, string>>;
}

/** settings.json for POST /storage: the type and only its own fields. */
export function toStorageJson(values: StorageFormValues): StorageJson {
  const type = isStorageType(values.type) ? values.type : STORAGE_TYPES[0];
  const storage: StorageJson['storage'] = { type };
  for (const field of STORAGE_TYPE_FIELDS[type]) storage[field] = values[field];
  return { storage };
}

/** Whether GET /storage now reports what was sent. */
export function storageReflects(sent: StorageJson, current: StorageInfo | null | undefined) {
  const storage: Record<string, unknown> | undefined = current?.storage;
  if (!storage) return false;
  return Object.entries(sent.storage).every(([field, value]) => textOf(storage[field]) === value);
}

/** POST /storage → 202; the field is `settings`, as for POST /settings. */
export async function postStorage(
  client: HttpClient,
  json: StorageJson,
  signal?: AbortSignal,
): Promise<void> {
  await client.send({
    method: 'POST',
    path: jidotekiPath('storage'),
    body: settingsFormData(json),
    signal,
  });
}
