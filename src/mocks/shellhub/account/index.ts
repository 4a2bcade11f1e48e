import type { ShellHubRoute } from '../routes.ts';
import { loginRoutes } from './login.ts';
import { mfaRoutes } from './mfa.ts';
import { profileRoutes } from './profile.ts';
import { switcherRoutes } from './switcher.ts';

export { type AccountState, createAccountState } from './state.ts';
export { accountControl, DEMO_RECOVERY_CODES, DEMO_TOTP_SECRET } from './control.ts';

export const accountRoutes: ShellHubRoute[] = [
  ...loginRoutes,
  ...mfaRoutes,
  ...profileRoutes,
  ...switcherRoutes,
];
