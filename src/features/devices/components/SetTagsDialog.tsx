import { Modal, Stack, TagsInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod/mini';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { setDeviceTags } from '../api/devices';
import { type ItemKind, shKeys } from '../api/keys';
import { MAX_DEVICE_TAGS, tagNameSchema } from '../api/tagRules';
import { tagsQuery } from '../api/tags';
import { ActionError } from './ActionError';

/** PUT /api/devices/{uid}/tags {tags}: the whole set at once. */
export function SetTagsDialog({
  kind,
  uid,
  name,
  tags,
  opened,
  onClose,
}: {
  kind: ItemKind;
  uid: string;
  name: string;
  tags: readonly string[];
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const known = useQuery({ ...tagsQuery(connection.id, client), enabled: opened });
  const [value, setValue] = useState<string[]>([...tags]);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (next: string[]) => setDeviceTags(client, kind, uid, next),
    onSuccess: async (_data, next) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: shKeys.devices(connection.id, kind) }),
        queryClient.invalidateQueries({ queryKey: shKeys.tags(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Tags saved',
        message: next.length ? `${name}: ${next.join(', ')}.` : `${name} has no tags now.`,
      });
      onClose();
    },
  });

  function submit() {
    const bad = value.find((tag) => !z.safeParse(tagNameSchema, tag).success);
    if (bad !== undefined) return setError(`${bad}: tags are 3–255 letters or digits`);
    setError(null);
    save.mutate(value);
  }

  return (
    <Modal
      opened={opened}
      onClose={() => {
        save.reset();
        onClose();
      }}
      title={`Tags of ${name}`}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <ActionError error={save.error} title="Tags not saved" action="edit tags" />
          <TagsInput
            label="Tags"
            description={`Up to ${MAX_DEVICE_TAGS}; press Enter after each.`}
            data={known.data ?? []}
            value={value}
            onChange={(next) => {
              setValue(next);
              setError(null);
            }}
            maxTags={MAX_DEVICE_TAGS}
            error={error}
            data-autofocus
          />
          <DialogFooter
            onCancel={() => {
              save.reset();
              onClose();
            }}
            submitLabel="Save tags"
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
