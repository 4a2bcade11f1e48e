export const SIM_PREFIX = '/sim/';
export const CONTROL_PREFIX = '/sim/_control';
