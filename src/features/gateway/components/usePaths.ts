import { useCurrentConnection } from '@/connections/ConnectionContext';

const enc = encodeURIComponent;

/** In-app links of the gateway pages of the current connection. */
export function useGatewayPaths() {
  const connection = useCurrentConnection();
  const root = `/c/${connection.id}/gateway`;
  return {
    devices: `${root}/devices`,
    device: (uuid: string) => `${root}/devices/${enc(uuid)}`,
    denied: `${root}/denied`,
    configs: `${root}/configs`,
    group: (name: string) => `${root}/configs/groups/${enc(name)}`,
    updates: `${root}/updates`,
    update: (tag: string, name: string) => `${root}/updates/${enc(tag)}/${enc(name)}`,
    rollout: (tag: string, name: string, rollout: string) =>
      `${root}/updates/${enc(tag)}/${enc(name)}/rollouts/${enc(rollout)}`,
  };
}
