import { Alert } from '@mantine/core';
import type { ShellHubRole } from '@/auth/shellhub/identity';
import { ROLE_LABELS } from '../api/roles';

/** Why a control is missing or disabled: the role, said before the user tries. */
export function RoleNotice({ role, cannot }: { role: ShellHubRole | undefined; cannot: string }) {
  return (
    <Alert color="gray" variant="light" title="Not available to your role">
      {role ? `Your role (${ROLE_LABELS[role]}) cannot ${cannot}.` : `You cannot ${cannot}.`}
    </Alert>
  );
}
