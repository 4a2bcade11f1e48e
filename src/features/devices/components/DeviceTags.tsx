import { Badge, Button, CloseButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod/mini';
import { fieldErrors } from '@/api/shellhub/shdevices';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { addDeviceTag, removeDeviceTag } from '../api/devices';
import { type ItemKind, shKeys } from '../api/keys';
import { MAX_DEVICE_TAGS, tagNameSchema } from '../api/tagRules';
import { ActionError } from './ActionError';
import { useCan } from './permissions';
import { SetTagsDialog } from './SetTagsDialog';

/** Tags of one device: remove one, add one (at most three), or replace the set. */
export function DeviceTags({
  kind,
  uid,
  name,
  tags,
}: {
  kind: ItemKind;
  uid: string;
  name: string;
  tags: readonly string[];
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const can = useCan();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const [setting, setSetting] = useState(false);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: shKeys.devices(connection.id, kind) }),
      queryClient.invalidateQueries({ queryKey: shKeys.tags(connection.id) }),
    ]);
  const add = useMutation({
    mutationFn: (tag: string) => addDeviceTag(client, kind, uid, tag),
    onSuccess: async (_data, tag) => {
      setDraft('');
      await refresh();
      notifications.show({
        color: 'teal',
        title: 'Tag added',
        message: `${name} is tagged ${tag}.`,
      });
    },
    onError: (error) => {
      const reason = fieldErrors(error).tag;
      if (reason) setDraftError(`The server says: ${reason}`);
    },
  });
  const remove = useMutation({
    mutationFn: (tag: string) => removeDeviceTag(client, kind, uid, tag),
    onSuccess: async (_data, tag) => {
      await refresh();
      notifications.show({
        color: 'teal',
        title: 'Tag removed',
        message: `${tag} removed from ${name}.`,
      });
    },
  });
  const editable = can('edit tags');
  const full = tags.length >= MAX_DEVICE_TAGS;

  function submit() {
    const tag = draft.trim();
    const parsed = z.safeParse(tagNameSchema, tag);
    if (!parsed.success) return setDraftError(parsed.error.issues[0]?.message ?? 'Invalid tag');
    if (tags.includes(tag)) return setDraftError(`${name} already has this tag`);
    setDraftError(null);
    add.mutate(tag);
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Tags
      </Title>
      <Group gap="xs" aria-label={`Tags of ${name}`} role="list">
        {tags.length === 0 ? <Text size="sm">No tags.</Text> : null}
        {tags.map((tag) => (
          <Badge
            key={tag}
            role="listitem"
            variant="default"
            tt="none"
            size="lg"
            rightSection={
              editable ? (
                <CloseButton
                  size="xs"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => remove.mutate(tag)}
                  disabled={remove.isPending}
                />
              ) : null
            }
          >
            {tag}
          </Badge>
        ))}
      </Group>
      <ActionError error={remove.error} title="Tag not removed" action="edit tags" />
      {editable ? (
        <>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <Group align="flex-start" gap="xs">
              <TextInput
                label="New tag"
                description={
                  full
                    ? `A ${kind} has at most ${MAX_DEVICE_TAGS} tags.`
                    : '3–255 letters or digits.'
                }
                value={draft}
                disabled={full}
                error={draftError}
                onChange={(event) => {
                  setDraft(event.currentTarget.value);
                  setDraftError(null);
                }}
                w={240}
              />
              <Button type="submit" mt={24} disabled={full} loading={add.isPending}>
                Add tag
              </Button>
              <Button variant="default" mt={24} onClick={() => setSetting(true)}>
                Replace tags
              </Button>
            </Group>
          </form>
          {add.error && !fieldErrors(add.error).tag ? (
            <ActionError error={add.error} title="Tag not added" action="edit tags" />
          ) : null}
          {setting ? (
            <SetTagsDialog
              kind={kind}
              uid={uid}
              name={name}
              tags={tags}
              opened
              onClose={() => setSetting(false)}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
