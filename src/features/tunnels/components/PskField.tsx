import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

/** The endpoint's pre-shared key, masked until the user asks to see it. */
export function PskField({ psk }: { psk: string | null | undefined }) {
  const [shown, setShown] = useState(false);
  if (!psk) return <Text size="sm">—</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text
        size="sm"
        ff="monospace"
        aria-label={shown ? 'Pre-shared key' : 'Pre-shared key (hidden)'}
      >
        {shown ? psk : '••••••••••••'}
      </Text>
      <Button size="compact-xs" variant="subtle" onClick={() => setShown((value) => !value)}>
        {shown ? 'Hide pre-shared key' : 'Reveal pre-shared key'}
      </Button>
    </Group>
  );
}
