import { useQuery } from '@tanstack/react-query';
import { type TunnelStatus, counter, ipsecStatusQuery } from '@/api/vns3/ipsecStatus';
import { useConnectionClient } from '@/auth/useConnectionClient';

export interface LiveTunnel {
  connected: boolean | null;
  bytesIn: number | null;
  bytesOut: number | null;
}

/** GET /status/ipsec, polled while visible; looks tunnels up by id. */
export function useLiveStatus() {
  const { connection, client } = useConnectionClient();
  const status = useQuery(ipsecStatusQuery(connection.id, client));
  const lookup = (tunnelId: number): LiveTunnel => {
    const live: TunnelStatus | undefined = status.data?.[String(tunnelId)];
    return {
      connected: live ? live.connected : null,
      bytesIn: counter(live?.tunnel_params?.bytes_in),
      bytesOut: counter(live?.tunnel_params?.bytes_out),
    };
  };
  return { status, lookup };
}
