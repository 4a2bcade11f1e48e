export function TlsPage() {
  return null;
}
