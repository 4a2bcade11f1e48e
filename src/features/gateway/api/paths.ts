const enc = encodeURIComponent;

export const gw = {
  devices: '/v1/devices',
  device: (uuid: string) => `/v1/devices/${enc(uuid)}`,
  deviceData: (uuid: string, ...rest: string[]) =>
    `/v1/devices/${enc(uuid)}/${rest.map(enc).join('/')}`,
  denied: '/v1/denied-devices',
  deniedDevice: (uuid: string) => `/v1/denied-devices/${enc(uuid)}`,
  knownLabels: '/v1/known-labels/devices',
  knownGroups: '/v1/known-labels/device-groups',
  configs: '/v1/configs',
  updates: '/v1/updates',
  tag: (tag: string) => `/v1/updates/${enc(tag)}`,
  update: (tag: string, name: string, ...rest: string[]) =>
    [`/v1/updates/${enc(tag)}/${enc(name)}`, ...rest.map(enc)].join('/'),
  tufRoot: (version: string) =>
    version === 'latest' ? '/v1/tuf/root.json' : `/v1/tuf/${enc(version)}.root.json`,
};
