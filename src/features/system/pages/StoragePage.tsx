export function StoragePage() {
  return null;
}
