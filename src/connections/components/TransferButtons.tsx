import { Button, FileButton } from '@mantine/core';
import { useState } from 'react';
import { useConnections } from '../store';
import {
  type ParseResult,
  parseConnectionsFile,
  toConnectionsFile,
} from '../transfer/connectionsFile';
import { ImportConnectionsDialog } from './ImportConnectionsDialog';

function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export the definitions (never credentials) to a JSON file, or import one. */
export function TransferButtons() {
  const connections = useConnections();
  const [importing, setImporting] = useState<{ fileName: string; result: ParseResult } | null>(
    null,
  );

  return (
    <>
      <Button
        variant="default"
        disabled={connections.length === 0}
        onClick={() =>
          download(
            `${JSON.stringify(toConnectionsFile(connections), null, 2)}\n`,
            `switchboard-connections-${new Date().toISOString().slice(0, 10)}.json`,
          )
        }
      >
        Export
      </Button>
      <FileButton
        accept="application/json,.json"
        onChange={(file) => {
          if (!file) return;
          void file
            .text()
            .then((text) =>
              setImporting({ fileName: file.name, result: parseConnectionsFile(text) }),
            );
        }}
      >
        {(props) => (
          <Button variant="default" {...props}>
            Import
          </Button>
        )}
      </FileButton>
      {importing ? (
        <ImportConnectionsDialog
          fileName={importing.fileName}
          result={importing.result}
          onClose={() => setImporting(null)}
        />
      ) : null}
    </>
  );
}
