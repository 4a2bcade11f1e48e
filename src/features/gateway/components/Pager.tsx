import { Button, Group, Text } from '@mantine/core';
import type { PageRef } from '../api/link';

/** First / Previous / Next / Last from the Link header (Previous: offset − limit). */
export function Pager({
  offset,
  limit,
  count,
  first,
  next,
  last,
  onPage,
}: {
  offset: number;
  limit: number;
  count: number;
  first: PageRef | null;
  next: PageRef | null;
  last: PageRef | null;
  onPage: (offset: number) => void;
}) {
  const page = Math.floor(offset / limit) + 1;
  const pages = last ? Math.floor(last.offset / last.limit) + 1 : page;
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" aria-live="polite">
        {count === 0
          ? 'No devices on this page'
          : `Devices ${offset + 1}–${offset + count}, page ${page} of ${pages}`}
      </Text>
      <Group gap="xs" component="nav" aria-label="Device pages">
        <Button
          size="xs"
          variant="default"
          disabled={!first || offset === 0}
          onClick={() => first && onPage(first.offset)}
        >
          First
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={offset === 0}
          onClick={() => onPage(Math.max(0, offset - limit))}
        >
          Previous
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!next}
          onClick={() => next && onPage(next.offset)}
        >
          Next
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!last || last.offset <= offset}
          onClick={() => last && onPage(last.offset)}
        >
          Last
        </Button>
      </Group>
    </Group>
  );
}
