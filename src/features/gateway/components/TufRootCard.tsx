import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ServerText } from '@/components/ServerText';
import { tufRootQuery } from '../api/tufRoot';
import { GatewayQuery } from './GatewayQuery';

export function TufRootCard() {
  const { connection, client } = useConnectionClient();
  const [version, setVersion] = useState('latest');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const root = useQuery(tufRootQuery(connection.id, client, version));
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h4">
          TUF root metadata
        </Title>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (typed !== '' && !/^[1-9]\d*$/.test(typed)) {
              setError('A root version number, e.g. 1');
              return;
            }
            setVersion(typed === '' ? 'latest' : typed);
          }}
        >
          <Group align="flex-start">
            <TextInput
              label="Root version"
              description="Empty for the latest."
              value={typed}
              error={error}
              onChange={(event) => {
                setTyped(event.currentTarget.value);
                setError(null);
              }}
            />
            <Button type="submit" variant="light" mt={44}>
              Show root
            </Button>
          </Group>
        </form>
        <Text size="sm" c="dimmed">
          Showing {version === 'latest' ? 'the latest root' : `root version ${version}`}.
        </Text>
        <GatewayQuery query={root} what="the TUF root" notFoundTitle="No such root version">
          {(data) => (
            <ServerText
              label="TUF root JSON"
              text={JSON.stringify(data, null, 2)}
              maxHeight={300}
            />
          )}
        </GatewayQuery>
      </Stack>
    </Paper>
  );
}
