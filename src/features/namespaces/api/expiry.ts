/** `expires_in` (epoch seconds, -1 = never) as the list shows it. */
export function describeExpiry(
  expiresIn: number,
  now = Date.now(),
): { text: string; expired: boolean } {
  if (expiresIn === -1) return { text: 'Never', expired: false };
  const at = new Date(expiresIn * 1000);
  return { text: at.toLocaleDateString(), expired: at.getTime() <= now };
}
