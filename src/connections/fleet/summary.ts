import type { QueryObserverResult } from '@tanstack/react-query';
import type { ProbeResult, ProbeState } from '../probe';

export type FleetCounts = Record<ProbeState | 'checking', number>;

/** Module-level, so TanStack can keep the combined result while the counts stay the same. */
export function countProbes(results: QueryObserverResult<ProbeResult>[]): FleetCounts {
  const counts: FleetCounts = {
    checking: 0,
    online: 0,
    'needs-sign-in': 0,
    'needs-licence': 0,
    'needs-setup': 0,
    'not-available': 0,
    unreachable: 0,
    error: 0,
  };
  for (const result of results) counts[result.data?.state ?? 'checking'] += 1;
  return counts;
}
