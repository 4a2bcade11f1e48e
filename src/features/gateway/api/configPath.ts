export type ConfigLevel =
  { level: 'factory' } | { level: 'group'; name: string } | { level: 'device'; uuid: string };

export function configPath(target: ConfigLevel, suffix = ''): string {
  const base =
    target.level === 'factory'
      ? '/v1/configs/factory'
      : target.level === 'group'
        ? `/v1/configs/group/${encodeURIComponent(target.name)}`
        : `/v1/configs/device/${encodeURIComponent(target.uuid)}`;
  return base + suffix;
}

export function configKeyName(target: ConfigLevel): string {
  return target.level === 'factory' ? '' : target.level === 'group' ? target.name : target.uuid;
}
