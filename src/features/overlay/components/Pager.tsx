import { Button, Group, Text } from '@mantine/core';
import { pageNumberOf } from '../api/paged';

/** DRF paging: count, previous and next links (100 a page, fixed by the hub). */
export function Pager({
  page,
  count,
  next,
  previous,
  noun,
  shown,
  onPage,
}: {
  page: number;
  count: number;
  next: string | null;
  previous: string | null;
  noun: string;
  shown: number;
  onPage: (page: number) => void;
}) {
  const previousPage = pageNumberOf(previous);
  const nextPage = pageNumberOf(next);
  const first = shown === 0 ? 0 : (page - 1) * 100 + 1;
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {count === 0 ? `No ${noun}` : `${first}–${first + shown - 1} of ${count} ${noun}`}
      </Text>
      {previousPage !== null || nextPage !== null ? (
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={previousPage === null}
            onClick={() => previousPage !== null && onPage(previousPage)}
          >
            Previous page
          </Button>
          <Text size="sm">Page {page}</Text>
          <Button
            variant="default"
            size="xs"
            disabled={nextPage === null}
            onClick={() => nextPage !== null && onPage(nextPage)}
          >
            Next page
          </Button>
        </Group>
      ) : null}
    </Group>
  );
}
