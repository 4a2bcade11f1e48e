// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META, cspPlugin } from '../csp.config.mjs';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((part) => {
      const [name, ...values] = part.split(' ');
      return [name!, values];
    }),
  );

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the app itself: no inline script, no eval', () => {
    const meta = directives(CSP_META);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(CSP_META).not.toContain('unsafe-eval');
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'none'"]);
    expect(meta.get('default-src')).toEqual(["'self'"]);
  });

  it('keeps frame-ancestors, which a <meta> policy ignores, for the header only', () => {
    expect(directives(CSP_META).has('frame-ancestors')).toBe(false);
    expect(directives(CSP_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
    expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
  });

  it('serializes every directive once', () => {
    expect([...directives(CSP_META).keys()]).toEqual(Object.keys(CSP_DIRECTIVES));
  });

  it('is put into the built page only, ahead of the scripts', () => {
    const plugin = cspPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as () => unknown;
    expect(hook()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
