import { Badge, Loader } from '@mantine/core';
import type { ProbeResult, ProbeState } from '../probe';

const LOOK: Record<ProbeState, { color: string; label: string }> = {
  online: { color: 'teal', label: 'Online' },
  'needs-sign-in': { color: 'blue', label: 'Reachable · sign in' },
  'needs-licence': { color: 'yellow', label: 'Reachable · needs licence' },
  'needs-setup': { color: 'grape', label: 'Needs first-run setup' },
  'not-available': { color: 'gray', label: 'Not available yet' },
  unreachable: { color: 'red', label: 'Unreachable' },
  error: { color: 'orange', label: 'Error' },
};

export function ProbeBadge({ result, pending }: { result?: ProbeResult; pending?: boolean }) {
  if (pending || !result) {
    return (
      <Badge color="gray" variant="light" leftSection={<Loader size={10} color="gray" />}>
        Checking
      </Badge>
    );
  }
  const look = LOOK[result.state];
  return (
    <Badge color={look.color} variant="light" title={result.message}>
      {look.label}
    </Badge>
  );
}
