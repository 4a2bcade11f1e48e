import { useEffect, useState } from 'react';
import { isAbortError } from '@/api/errors';
import { sha256File } from '@/lib/sha256File';

export type FileHash =
  | { status: 'idle' }
  | { status: 'hashing'; fraction: number }
  | { status: 'done'; hex: string }
  | { status: 'failed'; message: string };

/** SHA-256 of the chosen file, with progress; choosing another file abandons the previous one. */
export function useFileSha256(file: File | null): FileHash {
  const [hash, setHash] = useState<{ file: File | null; value: FileHash }>({
    file: null,
    value: { status: 'idle' },
  });

  useEffect(() => {
    if (!file) return;
    const abort = new AbortController();
    const report = (value: FileHash) => {
      if (!abort.signal.aborted) setHash({ file, value });
    };
    report({ status: 'hashing', fraction: 0 });
    sha256File(file, (fraction) => report({ status: 'hashing', fraction }), abort.signal).then(
      (hex) => report({ status: 'done', hex }),
      (error: unknown) => {
        if (!isAbortError(error)) {
          report({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
    return () => abort.abort();
  }, [file]);

  return hash.file === file && file ? hash.value : { status: 'idle' };
}
