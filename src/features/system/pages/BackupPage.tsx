export function BackupPage() {
  return null;
}
