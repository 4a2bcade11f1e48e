import { Button, Divider, Group, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors } from '@/api/shellhub/shdevices';
import { DialogFooter } from '@/components/DialogFooter';
import { MAX_FILTER_TAGS, addFilterTagProblem, filterTagSetProblem } from '../api/filterTags';
import { ActionError } from './ActionError';

/**
 * The tags a firewall rule or public key filters on, changed through the seed's tag
 * sub-routes: add one (POST …/tags {tag}) or replace them all (PUT …/tags {tags}).
 */
export function FilterTagsDialog({
  name,
  tags,
  knownTags,
  action,
  onAdd,
  onReplace,
  onClose,
}: {
  /** The object, e.g. "rule allow root from .*". */
  name: string;
  tags: readonly string[];
  knownTags: readonly string[];
  /** For a 403: "Your role cannot …". */
  action: string;
  onAdd: (tag: string) => Promise<unknown>;
  onReplace: (tags: string[]) => Promise<unknown>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const [value, setValue] = useState<string[]>([...tags]);
  const [setError, setSetError] = useState<string | null>(null);

  const add = useMutation({
    mutationFn: onAdd,
    onSuccess: (_data, tag) => {
      setDraft('');
      setValue((current) => [...current, tag]);
      notifications.show({ color: 'teal', title: 'Tag added', message: `${name}: ${tag}.` });
    },
    onError: (error) => {
      const reason = fieldErrors(error).tag;
      if (reason) setDraftError(`The server says: ${reason}`);
    },
  });
  const replace = useMutation({
    mutationFn: onReplace,
    onSuccess: (_data, next) => {
      notifications.show({
        color: 'teal',
        title: 'Tags saved',
        message: `${name}: ${next.join(', ')}.`,
      });
      onClose();
    },
    onError: (error) => {
      const reason = fieldErrors(error).tags;
      if (reason) setSetError(`The server says: ${reason}`);
    },
  });

  return (
    <Modal opened onClose={onClose} title={`Tags of ${name}`} size="lg">
      <Stack>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const tag = draft.trim();
            const problem = addFilterTagProblem(value, tag);
            if (problem) return setDraftError(problem);
            setDraftError(null);
            add.mutate(tag);
          }}
        >
          <Group align="flex-start" gap="xs">
            <TextInput
              label="Add one tag"
              description="3–255 letters or digits."
              value={draft}
              error={draftError}
              onChange={(event) => {
                setDraft(event.currentTarget.value);
                setDraftError(null);
              }}
              data-autofocus
              w={260}
            />
            <Button type="submit" mt={24} loading={add.isPending}>
              Add tag
            </Button>
          </Group>
        </form>
        {add.error && !fieldErrors(add.error).tag ? (
          <ActionError error={add.error} title="Tag not added" action={action} />
        ) : null}
        <Divider />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const problem = filterTagSetProblem(value);
            if (problem) return setSetError(problem);
            setSetError(null);
            replace.mutate(value);
          }}
        >
          <Stack>
            {replace.error && !fieldErrors(replace.error).tags ? (
              <ActionError error={replace.error} title="Tags not saved" action={action} />
            ) : null}
            <TagsInput
              label="All tags"
              description={`1 to ${MAX_FILTER_TAGS}; press Enter after each.`}
              data={[...knownTags]}
              value={value}
              onChange={(next) => {
                setValue(next);
                setSetError(null);
              }}
              error={setError}
            />
            <DialogFooter
              onCancel={onClose}
              submitLabel="Replace tags"
              loading={replace.isPending}
            />
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
