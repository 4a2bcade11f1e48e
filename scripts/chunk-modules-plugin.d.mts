import type { Plugin } from 'vite';

export function chunkModulesPlugin(): Plugin;

export function projectPath(root: string, id: string): string;
