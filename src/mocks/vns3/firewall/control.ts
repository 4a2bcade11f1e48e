import type { Vns3SliceControl } from '../routes.ts';
import { generatedV1Rules, generatedV2Rules } from './state.ts';

const MAX_RULES = 10_000;

const countError = (name: string, value: unknown) =>
  typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RULES
    ? `${name} must be an integer from 0 to ${MAX_RULES}`
    : null;

export const firewallControl: Vns3SliceControl = {
  fields: ['firewallRuleCount', 'firewallV1RuleCount'],
  parse(name, value) {
    const error = countError(name, value);
    if (error) return error;
    const count = value as number;
    switch (name) {
      case 'firewallRuleCount':
        return (state, now) => void (state.firewall.v2Rules = generatedV2Rules(count, now));
      case 'firewallV1RuleCount':
        return (state) => void (state.firewall.v1Rules = generatedV1Rules(count));
      default:
        return `Unknown control field: ${name}`;
    }
  },
  snapshot: (state) => ({
    firewallRuleCount: state.firewall.v2Rules.length,
    firewallV1RuleCount: state.firewall.v1Rules.length,
  }),
};
