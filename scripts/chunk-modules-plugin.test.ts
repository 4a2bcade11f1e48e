// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { projectPath } from './chunk-modules-plugin.mjs';

describe('projectPath', () => {
  it('names project modules relative to the root, without a query', () => {
    expect(projectPath('/work/app', '/work/app/src/main.tsx?v=1')).toBe('src/main.tsx');
    expect(projectPath('/work/app', '/work/app/node_modules/react/index.js')).toBe(
      'node_modules/react/index.js',
    );
  });

  it('names modules of a linked node_modules from node_modules on', () => {
    expect(projectPath('/tmp/copy', '/work/app/node_modules/@xterm/xterm/lib/xterm.mjs')).toBe(
      'node_modules/@xterm/xterm/lib/xterm.mjs',
    );
  });

  it('keeps other paths outside the root as they are', () => {
    expect(projectPath('/work/app', '/work/shared/theme.ts')).toBe('../shared/theme.ts');
  });
});
