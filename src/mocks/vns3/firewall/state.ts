export interface V2Rule {
  id: string;
  rule: string;
  comment: string;
  groups: string[];
  disabled: boolean;
  createdAt: number;
}

export interface V2Fwset {
  type: 'net' | 'list' | 'service' | 'port';
  description: string;
  entries: { entry: string; comment: string; createdAt: number }[];
  createdAt: number;
  updatedAt: number;
}

export interface V2Subtable {
  type: string;
  description: string;
  rules: { id: number; rule: string; comment: string; disabled: boolean }[];
  createdAt: number;
  updatedAt: number;
}

export interface FirewallVariable {
  value: string;
  description: string;
}

export interface FirewallState {
  /** v1: ordered iptables rule strings; a rule's position is its index. */
  v1Rules: string[];
  /** v1 subgroup (custom chain) rules, each starting with its chain name, e.g. `PRE_C_WEB -j ACCEPT`. */
  v1Subgroups: string[];
  /** v1 fwset (ipset) lines, each `NAME entry`, e.g. `NETS_OFFICE 10.0.0.0/24`. */
  v1Fwsets: string[];
  v2Rules: V2Rule[];
  groups: Map<string, { description: string }>;
  fwsets: Map<string, V2Fwset>;
  subtables: Map<string, V2Subtable>;
  nextSubtableRuleId: number;
  systemVariables: Map<string, FirewallVariable>;
  customVariables: Map<string, FirewallVariable>;
}

let idCounter = 0;

/** A 20-hex-digit id like the controller's. */
export function newRuleId(): string {
  idCounter += 1;
  const random = Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  return `${random}${idCounter.toString(16).padStart(12, '0')}`.slice(0, 20);
}

export const DEMO_V1_RULES = [
  'MACRO_CUST -o eth0 -s 10.199.2.0/24 -j MASQUERADE',
  'PREROUTING_CUST -s 10.0.2.0/24 -j PRE_C_MYGROUP',
  'FORWARD_CUST -s 10.0.1.0/24 -d 10.0.2.0/24 -j ACCEPT',
  'INPUT_CUST -p tcp --dport 8000 -s 192.168.10.0/24 -j ACCEPT',
];

const DEMO_V2_RULES: Omit<V2Rule, 'id' | 'createdAt'>[] = [
  {
    rule: 'POSTROUTING -s ${vns3_overlay_subnet} -o eth0 ! -d ${vns3_overlay_subnet} -j MASQUERADE-ONCE',
    comment: 'Source NAT for traffic to the internet',
    groups: ['VPN2Internet'],
    disabled: false,
  },
  {
    rule: 'FORWARD -o eth0 -j ACCEPT',
    comment: 'Allow outbound internet access',
    groups: ['VPN2Internet'],
    disabled: false,
  },
  {
    rule: 'FORWARD -s ${vns3_overlay_subnet} -d ${vns3_overlay_subnet} -o eth0 -j DROP',
    comment: 'Do not allow VPN connected people or devices to reach each other',
    groups: ['BlockVPN2VPN'],
    disabled: true,
  },
  { rule: 'INPUT -p tcp --dport 8000 -j ACCEPT', comment: '', groups: [], disabled: false },
];

/** `count` generated v2 rules (for the large-list benchmark and tests). */
export function generatedV2Rules(count: number, now: number): V2Rule[] {
  const chains = ['FORWARD', 'INPUT', 'PREROUTING', 'POSTROUTING', 'OUTPUT'];
  return Array.from({ length: count }, (_, index) => {
    const a = (index >> 8) & 255;
    const b = index & 255;
    const chain = chains[index % chains.length] ?? 'FORWARD';
    return {
      id: newRuleId(),
      rule: `${chain} -s 10.${a}.${b}.0/24 -p tcp --dport ${1024 + (index % 60000)} -j ${index % 3 === 0 ? 'DROP' : 'ACCEPT'}`,
      comment: index % 4 === 0 ? `Generated rule ${index + 1}` : '',
      groups: index % 10 === 0 ? ['Generated'] : [],
      disabled: index % 7 === 0,
      createdAt: now,
    };
  });
}

export function generatedV1Rules(count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) =>
      `FORWARD_CUST -s 10.${(index >> 8) & 255}.${index & 255}.0/24 -p tcp --dport ${1024 + (index % 60000)} -j ACCEPT`,
  );
}

export function createFirewallState(now: number): FirewallState {
  return {
    v1Rules: [...DEMO_V1_RULES],
    v1Subgroups: ['PRE_C_MYGROUP -p tcp --dport 443 -j ACCEPT', 'PRE_C_MYGROUP -j DROP'],
    v1Fwsets: ['NETS_OFFICE 192.168.10.0/24', 'NETS_OFFICE 192.168.20.0/24'],
    v2Rules: DEMO_V2_RULES.map((rule) => ({ ...rule, id: newRuleId(), createdAt: now })),
    groups: new Map([
      ['VPN2Internet', { description: 'Let overlay clients reach the internet' }],
      ['BlockVPN2VPN', { description: 'Keep overlay clients apart' }],
    ]),
    fwsets: new Map([
      [
        'NETS_OFFICES',
        {
          type: 'net',
          description: 'Office networks',
          entries: [
            { entry: '192.168.10.0/24', comment: 'Head office', createdAt: now },
            { entry: '192.168.20.0/24', comment: 'Branch', createdAt: now },
          ],
          createdAt: now,
          updatedAt: now,
        },
      ],
    ]),
    subtables: new Map([
      [
        'ADMIN_IN',
        {
          type: 'input',
          description: 'Administrative access',
          rules: [{ id: 1, rule: '-p tcp --dport 22 -j ACCEPT', comment: 'SSH', disabled: false }],
          createdAt: now,
          updatedAt: now,
        },
      ],
    ]),
    nextSubtableRuleId: 2,
    systemVariables: new Map([
      ['vns3_overlay_subnet', { value: '100.64.0.0/19', description: 'Overlay subnet' }],
      ['vns3_private_ip', { value: '10.0.0.10', description: 'Private IP of this controller' }],
      ['vns3_public_ip', { value: '203.0.113.10', description: 'Public IP of this controller' }],
    ]),
    customVariables: new Map(),
  };
}
