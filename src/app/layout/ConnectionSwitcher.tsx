import { Select } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { KIND_INFO } from '@/connections/kinds';
import { useConnections } from '@/connections/store';

export function ConnectionSwitcher() {
  const connections = useConnections();
  const { connectionId } = useParams();
  const navigate = useNavigate();
  if (connections.length === 0) return null;
  return (
    <Select
      aria-label="Active connection"
      placeholder="Choose a connection"
      data={connections.map((connection) => ({
        value: connection.id,
        label: `${connection.name} · ${KIND_INFO[connection.kind].label}`,
      }))}
      value={connectionId ?? null}
      onChange={(value) => value && void navigate(`/c/${value}`)}
      searchable
      nothingFoundMessage="No connection matches"
      w={{ base: '100%', sm: 300 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
