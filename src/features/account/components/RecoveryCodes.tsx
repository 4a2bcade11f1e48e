import { Button, CopyButton, Group, List, Paper, Text } from '@mantine/core';

/** The one-time recovery codes, with copy and download. */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const text = codes.join('\n');
  function download() {
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'shellhub-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <Paper withBorder p="sm" maw={520}>
      <List
        aria-label="Recovery codes"
        listStyleType="none"
        ff="monospace"
        spacing={2}
        styles={{ root: { columnCount: 2 } }}
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group mt="sm" gap="xs">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy the codes'}
            </Button>
          )}
        </CopyButton>
        <Button size="xs" variant="default" onClick={download}>
          Download the codes
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        Each code signs you in once if you lose your authenticator.
      </Text>
    </Paper>
  );
}
