import type { Plugin } from 'vite';

export function proxyPlugin(): Plugin;
