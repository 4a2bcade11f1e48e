export function LicensePage() {
  return null;
}
