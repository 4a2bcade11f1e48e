import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useDeferredValue, useMemo, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { QueryBoundary } from '@/components/QueryBoundary';
import { groupsQuery } from '../api/groups';
import { firewallKeys } from '../api/keys';
import { deleteV2Rule, resetConnectionTracking, updateV2Rule } from '../api/v2Mutations';
import { type V2Rule, v2RulesQuery } from '../api/v2Rules';
import { variableMap, variablesQuery } from '../api/variables';
import { MutationError } from '../components/MutationError';
import { V2RuleTable } from '../components/V2RuleTable';

// The forms load when first opened: the list alone stays a small route.
const RuleDialog = lazy(async () => ({
  default: (await import('../components/RuleDialog')).RuleDialog,
}));
const ImportDialog = lazy(async () => ({
  default: (await import('../components/ImportDialog')).ImportDialog,
}));
const ExportDialog = lazy(async () => ({
  default: (await import('../components/ExportDialog')).ExportDialog,
}));

type StateFilter = 'all' | 'active' | 'disabled';

function filterRules(
  rules: readonly V2Rule[],
  search: string,
  state: StateFilter,
  group: string | null,
) {
  const needle = search.trim().toLowerCase();
  if (!needle && state === 'all' && !group) return rules;
  return rules.filter(
    (rule) =>
      (state === 'all' || (state === 'disabled') === (rule.disabled ?? false)) &&
      (!group || (rule.groups ?? []).includes(group)) &&
      (!needle ||
        rule.rule.toLowerCase().includes(needle) ||
        (rule.comment ?? '').toLowerCase().includes(needle)),
  );
}

/** Firewall v2: rules with ids, groups and variables; import and export. */
export function FirewallRulesPage() {
  return (
    <Stack>
      <PageHeader
        title="Firewall"
        description="Firewall v2 rules in the order the controller applies them. ${name} variables resolve to their values."
      />
      <PrerequisiteBanner needs="license">
        <FirewallRules />
      </PrerequisiteBanner>
    </Stack>
  );
}

function FirewallRules() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const rules = useQuery(v2RulesQuery(connection.id, client));
  const variables = useQuery(variablesQuery(connection.id, client));
  const groups = useQuery(groupsQuery(connection.id, client));
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  const [group, setGroup] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'add' | 'import' | 'export' | null>(null);
  const [editing, setEditing] = useState<V2Rule | null>(null);
  const [deleting, setDeleting] = useState<V2Rule | null>(null);
  const [resetting, setResetting] = useState(false);

  const variableValues = useMemo(() => variableMap(variables.data ?? []), [variables.data]);
  const groupNames = useMemo(() => (groups.data ?? []).map((item) => item.name), [groups.data]);
  const visible = useMemo(
    () => filterRules(rules.data ?? [], deferredSearch, stateFilter, group),
    [rules.data, deferredSearch, stateFilter, group],
  );
  const invalidateRules = () =>
    queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) });

  const toggle = useMutation({
    mutationFn: (rule: V2Rule) => updateV2Rule(client, rule.id, { disabled: !rule.disabled }),
    onSuccess: async (rule) => {
      await invalidateRules();
      notifications.show({
        color: 'teal',
        title: rule.disabled ? 'Rule disabled' : 'Rule enabled',
        message: rule.rule,
      });
    },
  });
  const remove = useMutation({
    mutationFn: (rule: V2Rule) => deleteV2Rule(client, rule.id),
    onSuccess: async (_data, rule) => {
      setDeleting(null);
      await Promise.all([
        invalidateRules(),
        queryClient.invalidateQueries({ queryKey: firewallKeys.groups(connection.id) }),
      ]);
      notifications.show({ color: 'teal', title: 'Rule deleted', message: rule.rule });
    },
    onError: () => setDeleting(null),
  });
  const reset = useMutation({
    mutationFn: () => resetConnectionTracking(client),
    onSuccess: () => {
      setResetting(false);
      notifications.show({
        color: 'teal',
        title: 'Connection tracking reset',
        message: 'Existing connections are checked against the current rules.',
      });
    },
    onError: () => setResetting(false),
  });
  const formsReady = rules.isSuccess && variables.isSuccess;

  return (
    <Stack>
      <Group gap="xs">
        <Button disabled={!formsReady} onClick={() => setDialog('add')}>
          Add rule
        </Button>
        <Button variant="default" disabled={!formsReady} onClick={() => setDialog('import')}>
          Import rules
        </Button>
        <Button variant="default" disabled={!rules.isSuccess} onClick={() => setDialog('export')}>
          Export
        </Button>
        <Button variant="default" onClick={() => setResetting(true)}>
          Reset connection tracking
        </Button>
      </Group>
      <MutationError error={toggle.error} title="The rule was not changed" />
      <MutationError error={remove.error} title="The rule was not deleted" />
      <MutationError error={reset.error} title="Connection tracking was not reset" />
      <Group align="flex-end">
        <TextInput
          label="Search rules"
          placeholder="Rule text or comment"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={280}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="rule-state-label">
            State
          </Text>
          <SegmentedControl
            aria-labelledby="rule-state-label"
            value={stateFilter}
            onChange={(value) => setStateFilter(value as StateFilter)}
            data={[
              { value: 'all', label: 'All' },
              { value: 'active', label: 'Active' },
              { value: 'disabled', label: 'Disabled' },
            ]}
          />
        </Stack>
        <Select
          label="Group"
          placeholder="Any group"
          clearable
          data={groupNames}
          value={group}
          onChange={setGroup}
          w={200}
        />
      </Group>
      <QueryBoundary query={rules} what="the firewall rules" skeletonHeight={320}>
        {(all) =>
          all.length === 0 ? (
            <EmptyState title="No firewall rules">Add a rule or import a list.</EmptyState>
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed" aria-live="polite">
                Showing {visible.length.toLocaleString()} of {all.length.toLocaleString()} rules
              </Text>
              {visible.length === 0 ? (
                <EmptyState title="No matching rules">Change the search or the filters.</EmptyState>
              ) : (
                <V2RuleTable
                  rules={visible}
                  busyId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
                  onEdit={setEditing}
                  onToggle={toggle.mutate}
                  onDelete={setDeleting}
                />
              )}
            </Stack>
          )
        }
      </QueryBoundary>
      <Suspense fallback={null}>
        {dialog === 'add' || editing !== null ? (
          <RuleDialog
            opened
            onClose={() => {
              setDialog(null);
              setEditing(null);
            }}
            editing={editing}
            ruleCount={rules.data?.length ?? 0}
            variables={variableValues}
            groupNames={groupNames}
          />
        ) : null}
        {dialog === 'import' ? (
          <ImportDialog
            opened
            onClose={() => setDialog(null)}
            rules={rules.data ?? []}
            variables={variableValues}
            groupNames={groupNames}
          />
        ) : null}
        {dialog === 'export' ? (
          <ExportDialog opened onClose={() => setDialog(null)} groupNames={groupNames} />
        ) : null}
      </Suspense>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete rule ${deleting?.position ?? ''}?`}
        confirmLabel="Delete rule"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        The controller stops applying “{deleting?.rule}” and removes it from the list.
      </ConfirmDialog>
      <ConfirmDialog
        opened={resetting}
        title="Reset connection tracking?"
        confirmLabel="Reset connection tracking"
        loading={reset.isPending}
        onCancel={() => setResetting(false)}
        onConfirm={() => reset.mutate()}
      >
        The controller forgets every tracked connection: established sessions through it are checked
        against the rules again, and some may drop.
      </ConfirmDialog>
    </Stack>
  );
}
