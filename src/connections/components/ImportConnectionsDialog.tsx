import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { sessionStore } from '@/auth/sessionStore';
import { KIND_INFO } from '../kinds';
import { connectionStore } from '../store';
import {
  type ConflictChoice,
  type ImportStep,
  type ParseResult,
  applyImport,
  planImport,
} from '../transfer/connectionsFile';

const STATUS: Record<ImportStep['type'], string> = {
  new: 'New',
  unchanged: 'Already here, unchanged',
  'same-id': 'Already here with other settings',
  'same-backend': 'Same backend as',
};

/** Shows what an import would do, lets the user settle each conflict, then applies it. */
export function ImportConnectionsDialog({
  fileName,
  result,
  onClose,
}: {
  fileName: string;
  result: ParseResult;
  onClose: () => void;
}) {
  const [steps] = useState(() =>
    result.ok ? planImport(connectionStore.getAll(), result.connections) : [],
  );
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const changes = steps.filter((step) => {
    if (step.type === 'new') return true;
    if (step.type === 'unchanged') return false;
    return (choices[step.incoming.id] ?? 'keep') !== 'keep';
  }).length;

  function apply() {
    const counts = applyImport(steps, choices, {
      add: (values, extra) => connectionStore.add(values, extra),
      update: (id, values) => {
        const current = connectionStore.get(id);
        if (current && (current.kind !== values.kind || current.baseUrl !== values.baseUrl)) {
          sessionStore.forget(id);
        }
        return connectionStore.update(id, values);
      },
    });
    notifications.show({
      color: 'teal',
      message: `Imported from ${fileName}: ${counts.added} added, ${counts.replaced} replaced, ${counts.skipped} left as they were.`,
    });
    onClose();
  }

  return (
    <Modal opened onClose={onClose} title="Import connections" size="lg">
      {!result.ok ? (
        <Stack>
          <Alert color="red" title={`${fileName} cannot be imported`}>
            <Text size="sm">Nothing was changed. Fix these problems and try again:</Text>
            <List size="sm" mt="xs">
              {result.problems.slice(0, 20).map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
            {result.problems.length > 20 ? (
              <Text size="sm" mt="xs">
                …and {result.problems.length - 20} more.
              </Text>
            ) : null}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Back to connections</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            {fileName}: {steps.length} connection{steps.length === 1 ? '' : 's'}. Credentials are
            never part of the file: sign in to each after importing.
          </Text>
          <ScrollArea.Autosize mah={420} type="auto">
            <Table aria-label="Connections in the file" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Base URL</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Action</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {steps.map((step) => (
                  <Table.Tr key={step.incoming.id}>
                    <Table.Td>{step.incoming.values.name}</Table.Td>
                    <Table.Td>{KIND_INFO[step.incoming.values.kind].label}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {step.incoming.values.baseUrl}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {STATUS[step.type]}
                        {step.type === 'same-backend' || step.type === 'same-id'
                          ? ` “${step.existing.name}”`
                          : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {step.type === 'same-id' || step.type === 'same-backend' ? (
                        <NativeSelect
                          size="xs"
                          aria-label={`What to do with ${step.incoming.values.name}`}
                          value={choices[step.incoming.id] ?? 'keep'}
                          onChange={(event) => {
                            const choice = event.currentTarget.value as ConflictChoice;
                            setChoices((current) => ({ ...current, [step.incoming.id]: choice }));
                          }}
                          data={[
                            { value: 'keep', label: 'Keep the existing one' },
                            ...(step.type === 'same-id'
                              ? [{ value: 'replace', label: 'Replace with the imported one' }]
                              : []),
                            { value: 'copy', label: 'Add as a copy' },
                          ]}
                        />
                      ) : (
                        <Text size="sm" c="dimmed">
                          {step.type === 'new' ? 'Add' : 'Nothing to do'}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={apply} disabled={changes === 0}>
              {changes === 0
                ? 'Nothing to import'
                : `Apply ${changes} change${changes === 1 ? '' : 's'}`}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
