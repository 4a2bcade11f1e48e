export const CONNECTION_KINDS = ['vns3', 'shellhub', 'jidoteki', 'evon', 'devicegw'] as const;

export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export interface KindInfo {
  label: string;
  product: string;
  /** Shown under the base URL field. */
  baseUrlHint: string;
  exampleUrl: string;
}

export const KIND_INFO: Record<ConnectionKind, KindInfo> = {
  vns3: {
    label: 'VNS3',
    product: 'Cohesive VNS3 controller',
    baseUrlHint: 'The controller address with port 8000, without /api.',
    exampleUrl: 'https://vns3.example.net:8000',
  },
  shellhub: {
    label: 'ShellHub',
    product: 'ShellHub server',
    baseUrlHint: 'The ShellHub server address, without /api.',
    exampleUrl: 'https://shellhub.example.net',
  },
  jidoteki: {
    label: 'Jidoteki',
    product: 'Jidoteki on-premises appliance',
    baseUrlHint:
      'The appliance address (port 8443 for HTTPS, 8080 for HTTP), without /api/v1/admin.',
    exampleUrl: 'https://appliance.example.net:8443',
  },
  evon: {
    label: 'Evon Hub',
    product: 'Evon Hub overlay network',
    baseUrlHint: 'The hub address, without /api.',
    exampleUrl: 'https://example.evon-hub.com',
  },
  devicegw: {
    label: 'Device gateway',
    product: 'Device gateway (update server)',
    baseUrlHint: 'The gateway address, without /v1.',
    exampleUrl: 'https://updates.example.net',
  },
};
