/** The controller's documented input rules, as the simulator enforces them. */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

export const isIPv4 = (text: string) => IPV4.test(text);

export function isIPv4Cidr(text: string): boolean {
  const [address, bits, extra] = text.split('/');
  if (extra !== undefined || address === undefined || bits === undefined) return false;
  return isIPv4(address) && /^(?:[0-9]|[12]\d|3[0-2])$/.test(bits);
}

const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
export const isHost = (text: string) => isIPv4(text) || HOSTNAME.test(text);

export const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

export const isAsn = (text: string) =>
  /^\d{1,10}$/.test(text) && Number(text) >= 1 && Number(text) <= 4_294_967_295;

/** `POST /access/token` expires: seconds. */
export const TOKEN_EXPIRES = { min: 60, max: 31_536_000 } as const;
/** `POST /access/url` expires: seconds. */
export const URL_EXPIRES = { min: 60, max: 259_200 } as const;
/** `PUT /api_password` and `PUT /admin_ui`. */
export const PASSWORD_MIN = 8;
export const KEYSET_TOKEN_MAX = 128;
export const PACKET_MONITOR_NAME = /^[A-Za-z0-9_-]{1,32}$/;
export const INTERFACES = ['eth0', 'eth1', 'tun0'] as const;

export const ALERT_EVENTS = [
  'tunnel_up',
  'tunnel_down',
  'process_change',
  'user_password_change',
  'controller_reboot',
  'controller_reset_defaults',
  'system_general',
  'clientpack_up',
  'clientpack_down',
  'bgp_session_up',
  'bgp_session_down',
] as const;
