import { Button, Group, Text } from '@mantine/core';

const number = new Intl.NumberFormat();

/** First / Previous / Next / Last over a list whose total comes from X-Total-Count. */
export function ListPager({
  noun,
  page,
  perPage,
  count,
  total,
  onPage,
}: {
  noun: string;
  page: number;
  perPage: number;
  count: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const first = (page - 1) * perPage + 1;
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" aria-live="polite">
        {count === 0
          ? `No ${noun} on this page`
          : `${noun[0]?.toUpperCase()}${noun.slice(1)} ${number.format(first)}–${number.format(
              first + count - 1,
            )} of ${number.format(total)}, page ${number.format(page)} of ${number.format(pages)}`}
      </Text>
      <Group gap="xs" component="nav" aria-label={`Pages of ${noun}`}>
        <Button size="xs" variant="default" disabled={page <= 1} onClick={() => onPage(1)}>
          First
        </Button>
        <Button size="xs" variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          Next
        </Button>
        <Button size="xs" variant="default" disabled={page >= pages} onClick={() => onPage(pages)}>
          Last
        </Button>
      </Group>
    </Group>
  );
}
