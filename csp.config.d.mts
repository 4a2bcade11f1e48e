import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Record<string, string[]>;
export const CSP_META: string;
export const CSP_HEADER: string;
export function cspPlugin(): Plugin;
