import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ProxyTarget, proxyPathFor, proxyTargetsQuery } from '../proxyTargets';

const TLS: Record<ProxyTarget['tls'], string> = {
  ca: 'own CA',
  'skip-verify': 'certificate not verified',
  system: 'system CAs',
};

/** Offers the proxy's configured targets; choosing one fills in the proxy path. */
export function ProxyTargetField({
  proxyPath,
  onChoose,
}: {
  proxyPath: string;
  onChoose: (target: ProxyTarget | null) => void;
}) {
  const { data: targets = [] } = useQuery(proxyTargetsQuery);
  if (targets.length === 0) return null;
  const chosen = targets.find(
    (target) => proxyPathFor(target.id) === proxyPath.replace(/\/+$/, ''),
  );
  return (
    <Select
      label="Through the proxy"
      description="Targets of this console's proxy. The proxy reaches the backend for the browser: no CORS needed, and its certificate is checked by the proxy."
      allowDeselect={false}
      data={[
        { value: '', label: 'Direct (no proxy)' },
        ...targets.map((target) => ({
          value: target.id,
          label: `${target.id} — ${target.url} (${TLS[target.tls]})`,
        })),
      ]}
      value={chosen?.id ?? ''}
      onChange={(id) => onChoose(targets.find((target) => target.id === id) ?? null)}
    />
  );
}
