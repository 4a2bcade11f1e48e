import { TOKEN_LIFETIME_SECONDS } from '../jwt.ts';

/** An e-mail the simulator "sent"; readable in the control snapshot as `mailbox`. */
export interface Mail {
  to: string;
  subject: string;
  /** The code or link the mail carries. */
  body: string;
  sentAt: number;
}

export interface AccountState {
  tokenLifetimeSeconds: number;
  /** Failed logins before a lockout. */
  lockoutAfter: number;
  lockoutSeconds: number;
  failures: Map<string, { count: number; lockedUntil: number }>;
  /** X-MFA-Token → user id, valid 30 minutes. */
  mfaTokens: Map<string, { userId: string; expiresAt: number }>;
  /** User id → end of the window after a recovery code in which MFA may be disabled without a code. */
  recoveryWindows: Map<string, number>;
  /** Reset token (and the user id, for the e-mailed link) → the two e-mailed codes. */
  mfaResets: Map<
    string,
    { userId: string; mainCode: string; recoveryCode: string; expiresAt: number }
  >;
  /** User id → the password-recovery token e-mailed to them. */
  passwordTokens: Map<string, string>;
  /** User id → the credentials `GET /api/user/mfa/generate` handed out last. */
  generated: Map<string, { secret: string; recoveryCodes: string[] }>;
  mailbox: Mail[];
  /** The signature `POST /api/setup?sign=` needs while first-run setup is pending; null once set up. */
  setupSign: string | null;
  issuedJtis: Set<string>;
  revokedJtis: Set<string>;
}

export const createAccountState = (): AccountState => ({
  tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
  lockoutAfter: 5,
  lockoutSeconds: 300,
  failures: new Map(),
  mfaTokens: new Map(),
  recoveryWindows: new Map(),
  mfaResets: new Map(),
  passwordTokens: new Map(),
  generated: new Map(),
  mailbox: [],
  setupSign: null,
  issuedJtis: new Set(),
  revokedJtis: new Set(),
});

export const MFA_TOKEN_SECONDS = 30 * 60;
export const RECOVERY_WINDOW_SECONDS = 10 * 60;
export const MFA_RESET_SECONDS = 24 * 60 * 60;
