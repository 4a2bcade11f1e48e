import { Badge, CloseButton, Group, Text } from '@mantine/core';

/** A rule's or key's device filter: its hostname regexp, or its tags (removable when allowed). */
export function RuleFilterCell({
  filter,
  onRemoveTag,
}: {
  filter: { hostname?: string | null | undefined; tags?: string[] | null | undefined };
  onRemoveTag?: ((tag: string) => void) | undefined;
}) {
  const tags = filter.tags ?? [];
  if (tags.length === 0) {
    return (
      <Text size="sm" ff="monospace">
        hostname {filter.hostname ?? '—'}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge
          key={tag}
          variant="default"
          tt="none"
          rightSection={
            onRemoveTag && tags.length > 1 ? (
              <CloseButton
                size="xs"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onRemoveTag(tag)}
              />
            ) : null
          }
        >
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
