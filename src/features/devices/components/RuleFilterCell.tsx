import { Badge, Button, CloseButton, Group, Text } from '@mantine/core';

/**
 * A rule's or key's device filter: its hostname regexp, or its tags (removable, and editable
 * through the tag sub-routes, when allowed).
 */
export function RuleFilterCell({
  filter,
  onRemoveTag,
  onEditTags,
  name,
}: {
  filter: { hostname?: string | null | undefined; tags?: string[] | null | undefined };
  onRemoveTag?: ((tag: string) => void) | undefined;
  onEditTags?: (() => void) | undefined;
  /** Names the object in the edit button's label. */
  name?: string;
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
      {onEditTags ? (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={name ? `Edit tags: ${name}` : 'Edit tags'}
          onClick={onEditTags}
        >
          Tags…
        </Button>
      ) : null}
    </Group>
  );
}
