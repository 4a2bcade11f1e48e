import { ascii, concatBytes } from './bytes.ts';

const BLOCK = 512;

export interface TarEntry {
  name: string;
  content: Uint8Array;
  mtime: number;
}

export function buildTar(entries: readonly TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    parts.push(tarHeader(entry));
    parts.push(entry.content);
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    parts.push(new Uint8Array(padding));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  return concatBytes(parts);
}

export function isTarArchive(bytes: Uint8Array): boolean {
  if (bytes.length < 263) return false;
  const magic = String.fromCharCode(...bytes.subarray(257, 262));
  return magic === 'ustar';
}

function tarHeader(entry: TarEntry): Uint8Array {
  const header = new Uint8Array(BLOCK);
  const put = (offset: number, text: string) => header.set(ascii(text), offset);
  const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0') + '\0';
  put(0, entry.name.slice(0, 99));
  put(100, octal(0o644, 8));
  put(108, octal(0, 8));
  put(116, octal(0, 8));
  put(124, octal(entry.content.length, 12));
  put(136, octal(Math.floor(entry.mtime / 1000), 12));
  put(148, '        ');
  put(156, '0');
  put(257, 'ustar\0');
  put(263, '00');
  put(265, 'root');
  put(297, 'root');
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  put(148, checksum.toString(8).padStart(6, '0') + '\0 ');
  return header;
}
