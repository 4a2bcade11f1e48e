/** Unix seconds → local date and time; 0 or missing → "—". */
export function formatUnix(seconds: number | null | undefined): string {
  if (!seconds) return '—';
  return new Date(seconds * 1000).toLocaleString();
}
