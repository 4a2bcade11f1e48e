import { ActionIcon, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  addRuleTag,
  deleteRule,
  removeRuleTag,
  rulesQuery,
  setRulePriority,
  setRuleTags,
} from '../api/firewall';
import { shKeys } from '../api/keys';
import { reorderPriorities } from '../api/reorder';
import { tagsQuery } from '../api/tags';
import type { FirewallRule } from '../api/schemas';
import { ActionError } from '../components/ActionError';
import { EditRuleDialog } from '../components/EditRuleDialog';
import { FilterTagsDialog } from '../components/FilterTagsDialog';
import { RuleFilterCell } from '../components/RuleFilterCell';
import { RuleFormDialog } from '../components/RuleFormDialog';
import { describeError, useCan } from '../components/permissions';

const ruleName = (rule: FirewallRule) =>
  `${rule.action} ${rule.username} from ${rule.source_ip} (priority ${rule.priority})`;

export function FirewallPage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const can = useCan();
  const rules = useQuery(rulesQuery(connection.id, client));
  const [editing, setEditing] = useState<FirewallRule | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<FirewallRule | null>(null);
  const [tagging, setTagging] = useState<FirewallRule | null>(null);
  const knownTags = useQuery({ ...tagsQuery(connection.id, client), enabled: tagging !== null });
  const canChange = can('change firewall rules');
  const refresh = () => queryClient.invalidateQueries({ queryKey: shKeys.rules(connection.id) });
  const refreshWithTags = () =>
    Promise.all([
      refresh(),
      queryClient.invalidateQueries({ queryKey: shKeys.tags(connection.id) }),
    ]);

  const remove = useMutation({
    mutationFn: (rule: FirewallRule) => deleteRule(client, rule.id),
    onSuccess: async (_data, rule) => {
      await refresh();
      setDeleting(null);
      notifications.show({
        color: 'teal',
        title: 'Rule deleted',
        message: `Deleted: ${ruleName(rule)}.`,
      });
    },
    onError: () => setDeleting(null),
  });
  const move = useMutation({
    mutationFn: async ({ rule, direction }: { rule: FirewallRule; direction: -1 | 1 }) => {
      const changes = reorderPriorities(rules.data?.items ?? [], rule.id, direction);
      for (const change of changes) await setRulePriority(client, change.rule, change.priority);
    },
    onSettled: refresh,
  });
  const untag = useMutation({
    mutationFn: ({ rule, tag }: { rule: FirewallRule; tag: string }) =>
      removeRuleTag(client, rule.id, tag),
    onSuccess: async (_data, { tag }) => {
      await refresh();
      notifications.show({
        color: 'teal',
        title: 'Tag removed',
        message: `The rule no longer matches ${tag}.`,
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Tag not removed',
        message: describeError(error, 'change firewall rules'),
      }),
  });

  const items = rules.data?.items ?? [];
  const nextPriority = (items.at(-1)?.priority ?? 0) + 1;

  return (
    <Stack>
      <PageHeader
        title="Firewall rules"
        description="Rules are evaluated by priority, lowest first; the first match allows or denies an SSH login."
        actions={canChange ? <Button onClick={() => setEditing(null)}>New rule</Button> : null}
      />
      <ActionError
        error={remove.error}
        title="The rule was not deleted"
        action="change firewall rules"
      />
      <ActionError
        error={move.error}
        title="The rules were not reordered"
        action="change firewall rules"
      />
      <QueryBoundary query={rules} what="the firewall rules" skeletonHeight={240}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No firewall rules">
              Without rules every SSH login that authenticates is allowed.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table aria-label="Firewall rules" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Priority</Table.Th>
                    <Table.Th>Action</Table.Th>
                    <Table.Th>Active</Table.Th>
                    <Table.Th>Source IP</Table.Th>
                    <Table.Th>Username</Table.Th>
                    <Table.Th>Devices</Table.Th>
                    {canChange ? <Table.Th>Actions</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((rule, index) => (
                    <Table.Tr key={rule.id}>
                      <Table.Td>{rule.priority}</Table.Td>
                      <Table.Td>
                        <Badge color={rule.action === 'allow' ? 'teal' : 'red'} variant="light">
                          {rule.action}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{rule.active ? 'Yes' : 'No'}</Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {rule.source_ip}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {rule.username}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RuleFilterCell
                          filter={rule.filter}
                          onRemoveTag={canChange ? (tag) => untag.mutate({ rule, tag }) : undefined}
                          onEditTags={canChange ? () => setTagging(rule) : undefined}
                          name={ruleName(rule)}
                        />
                      </Table.Td>
                      {canChange ? (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon
                              variant="default"
                              aria-label={`Move up: ${ruleName(rule)}`}
                              disabled={index === 0 || move.isPending}
                              onClick={() => move.mutate({ rule, direction: -1 })}
                            >
                              ↑
                            </ActionIcon>
                            <ActionIcon
                              variant="default"
                              aria-label={`Move down: ${ruleName(rule)}`}
                              disabled={index === data.items.length - 1 || move.isPending}
                              onClick={() => move.mutate({ rule, direction: 1 })}
                            >
                              ↓
                            </ActionIcon>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              aria-label={`Edit: ${ruleName(rule)}`}
                              onClick={() => setEditing(rule)}
                            >
                              Edit
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              aria-label={`Delete: ${ruleName(rule)}`}
                              onClick={() => setDeleting(rule)}
                            >
                              Delete
                            </Button>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBoundary>
      {editing === null ? (
        <RuleFormDialog
          rule={null}
          nextPriority={nextPriority}
          opened
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      {tagging ? (
        <FilterTagsDialog
          name={ruleName(tagging)}
          tags={tagging.filter.tags ?? []}
          knownTags={knownTags.data ?? []}
          action="change firewall rules"
          onAdd={async (tag) => {
            await addRuleTag(client, tagging.id, tag);
            await refreshWithTags();
          }}
          onReplace={async (tags) => {
            await setRuleTags(client, tagging.id, tags);
            await refreshWithTags();
          }}
          onClose={() => setTagging(null)}
        />
      ) : null}
      {editing ? <EditRuleDialog id={editing.id} onClose={() => setEditing(undefined)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this firewall rule?"
        confirmLabel="Delete rule"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        The rule “{deleting ? ruleName(deleting) : ''}” stops applying to SSH logins at once.
      </ConfirmDialog>
    </Stack>
  );
}
