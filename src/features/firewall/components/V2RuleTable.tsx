import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { memo } from 'react';
import type { V2Rule } from '../api/v2Rules';
import { VirtualTable } from '@/components/VirtualTable';

const ROW_HEIGHT = 45;

interface RuleCellsProps {
  rule: V2Rule;
  busy: boolean;
  onEdit: (rule: V2Rule) => void;
  onToggle: (rule: V2Rule) => void;
  onDelete: (rule: V2Rule) => void;
}

/** Memoized so that scrolling renders only the rows that come into view. */
const RuleCells = memo(function RuleCells({
  rule,
  busy,
  onEdit,
  onToggle,
  onDelete,
}: RuleCellsProps) {
  const groups = rule.groups ?? [];
  return (
    <>
      <Table.Td>{rule.position}</Table.Td>
      <Table.Td>
        <Text
          size="sm"
          ff="monospace"
          truncate="end"
          title={
            rule.rule_resolved && rule.rule_resolved !== rule.rule
              ? `${rule.rule}\n= ${rule.rule_resolved}`
              : rule.rule
          }
        >
          {rule.rule}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate="end" title={rule.comment ?? ''}>
          {rule.comment}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate="end" title={groups.join(', ')}>
          {groups.join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={rule.disabled ? 'gray' : 'teal'}>
          {rule.disabled ? 'Disabled' : 'Active'}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            aria-label={`Edit rule ${rule.position}`}
            onClick={() => onEdit(rule)}
          >
            Edit
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            loading={busy}
            aria-label={`${rule.disabled ? 'Enable' : 'Disable'} rule ${rule.position}`}
            onClick={() => onToggle(rule)}
          >
            {rule.disabled ? 'Enable' : 'Disable'}
          </Button>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            aria-label={`Delete rule ${rule.position}`}
            onClick={() => onDelete(rule)}
          >
            Delete
          </Button>
        </Group>
      </Table.Td>
    </>
  );
});

export function V2RuleTable({
  rules,
  onEdit,
  onToggle,
  onDelete,
  busyId,
}: {
  rules: readonly V2Rule[];
  onEdit: (rule: V2Rule) => void;
  onToggle: (rule: V2Rule) => void;
  onDelete: (rule: V2Rule) => void;
  busyId: string | null;
}) {
  return (
    <VirtualTable
      label="Firewall rules"
      count={rules.length}
      rowHeight={ROW_HEIGHT}
      minWidth={980}
      overscan={4}
      rowKey={(index) => rules[index]?.id ?? String(index)}
      header={
        <>
          <Table.Th w={90}>Position</Table.Th>
          <Table.Th>Rule</Table.Th>
          <Table.Th w={200}>Comment</Table.Th>
          <Table.Th w={150}>Groups</Table.Th>
          <Table.Th w={116}>State</Table.Th>
          <Table.Th w={220}>Actions</Table.Th>
        </>
      }
      renderCells={(index) => {
        const rule = rules[index];
        return rule ? (
          <RuleCells
            rule={rule}
            busy={busyId === rule.id}
            onEdit={onEdit}
            onToggle={onToggle}
            onDelete={onDelete}
          />
        ) : null;
      }}
    />
  );
}
