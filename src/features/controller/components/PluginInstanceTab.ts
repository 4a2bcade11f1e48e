import type { InstanceDetail } from '../api/pluginInstanceApi';

/** What every tab of the plugin instance page receives. */
export interface InstanceTabProps {
  instance: InstanceDetail;
}

/** Code-like text areas: a monospace input under a label in the normal font. */
export const MONOSPACE_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
