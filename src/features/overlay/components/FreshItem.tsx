import { Alert, Button, Group, Skeleton, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ErrorState } from '@/components/ErrorState';
import { type Collection, itemQuery } from '../api/crud';
import { overlayKeys } from '../api/keys';

/**
 * Loads the object an edit dialog is about (GET /api/<name>/{id}) and renders the form from it,
 * not from the possibly stale list row.
 */
export function FreshItem<T extends z.core.$ZodType>({
  resource,
  id,
  what,
  onClose,
  children,
}: {
  resource: Collection<T>;
  id: number;
  /** e.g. "user alice" */
  what: string;
  onClose: () => void;
  children: (item: z.infer<T>) => ReactNode;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const query = useQuery(itemQuery(connection.id, client, resource, id));
  // Once the form has its values, a later background refetch must not replace it.
  if (query.data !== undefined) return <>{children(query.data as z.infer<T>)}</>;
  if (query.isPending) {
    return <Skeleton height={240} radius="md" aria-label={`Loading ${what}`} />;
  }
  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Alert color="orange" variant="light" title={`The ${what} no longer exists`} role="alert">
        <Text size="sm">It was deleted on the hub after this list was loaded.</Text>
        <Group mt="sm">
          <Button
            size="xs"
            variant="light"
            color="orange"
            onClick={() => {
              onClose();
              void queryClient.invalidateQueries({
                queryKey: overlayKeys.list(connection.id, resource.name),
              });
            }}
          >
            Close and refresh the list
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <ErrorState error={query.error} what={`the ${what}`} onRetry={() => void query.refetch()} />
  );
}
