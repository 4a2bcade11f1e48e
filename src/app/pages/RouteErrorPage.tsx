import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Stack p="md" maw={720}>
      <Alert color="red" title="This page failed to load" role="alert">
        <Text size="sm">Nothing was changed on the backend. Reload to try again.</Text>
        <Code block mt="sm">
          {message}
        </Code>
      </Alert>
      <Group>
        <Button onClick={() => window.location.reload()}>Reload</Button>
        <Button variant="default" component={Link} to="/">
          Back to the fleet
        </Button>
      </Group>
    </Stack>
  );
}
