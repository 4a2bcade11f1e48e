// No imports: end-to-end fixtures read these without loading the simulator.

/** The TOTP secret every control-created user with `mfa: true` gets (see README). */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** Their recovery codes, each usable once. */
export const DEMO_RECOVERY_CODES: readonly string[] = [
  'RC1A2B3C4D5E6F7G',
  'RC2H3J4K5L6M7N8P',
  'RC3Q4R5S6T7U8V9W',
  'RC4X5Y6Z7A8B9C2D',
  'RC5E6F7G8H9J2K3L',
  'RC6M7N8P9Q2R3S4T',
];
