import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import { announcementQuery } from '../api/announcements';

export function AnnouncementPage() {
  const { uuid = '' } = useParams();
  const { connection, client } = useConnectionClient();
  const query = useQuery(announcementQuery(connection.id, client, uuid));
  return (
    <Stack maw={960}>
      <Anchor component={Link} to=".." relative="path" size="sm">
        All announcements
      </Anchor>
      <QueryBoundary query={query} what="the announcement" notFoundTitle="No such announcement">
        {(announcement) => (
          <>
            <PageHeader
              title={announcement.title}
              description={`Posted ${new Date(announcement.date).toLocaleString()}`}
            />
            <Text size="sm" c="dimmed">
              Shown as the server sent it (Markdown source).
            </Text>
            <ServerText text={announcement.content} label="Announcement text" maxHeight={640} />
          </>
        )}
      </QueryBoundary>
    </Stack>
  );
}
