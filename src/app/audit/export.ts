import type { AuditEntry } from './auditEntry';

const COLUMNS = [
  'at',
  'connectionId',
  'connectionName',
  'method',
  'path',
  'status',
  'outcome',
  'durationMs',
] as const satisfies readonly (keyof AuditEntry)[];

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with '. */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditToCsv(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const entry of entries)
    lines.push(COLUMNS.map((column) => csvCell(entry[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function auditToJson(entries: readonly AuditEntry[]): string {
  return `${JSON.stringify(
    entries.map((entry) => Object.fromEntries(COLUMNS.map((column) => [column, entry[column]]))),
    null,
    2,
  )}\n`;
}

/** Saves text as a file through a temporary link. */
export function saveText(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
