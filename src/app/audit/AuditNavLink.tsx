import { NavLink } from '@mantine/core';
import { NavLink as RouterNavLink } from 'react-router';

/** The shell's link to the audit trail, below every connection's navigation. */
export function AuditNavLink() {
  return <NavLink component={RouterNavLink} to="/audit" label="Audit trail" />;
}
