// The Content-Security-Policy of the production build. vite.config.ts puts CSP_META into the
// built index.html; a server that serves dist/ (npm run serve) should send CSP_HEADER.

/**
 * - script-src 'self': only the bundle's own files; no inline script, no eval.
 * - style-src 'unsafe-inline': Mantine writes style attributes (style props, CSS variables)
 *   and <style> elements (theme variables, responsive props) at runtime. A nonce would cover
 *   the elements but not the attributes, and a static build has no per-response nonce.
 * - img-src data: for generated images (QR codes).
 * - connect-src: backends are user-chosen origins (base URLs on any host, http on a LAN,
 *   websockets for terminals), so any http(s)/ws(s) origin; same-origin proxy paths are 'self'.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'https:', 'http:', 'wss:', 'ws:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** Directives a <meta> policy cannot carry; servers add them as a header. */
const HEADER_ONLY = { 'frame-ancestors': ["'none'"] };

const serialize = (directives) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

export const CSP_META = serialize(CSP_DIRECTIVES);
export const CSP_HEADER = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY });

/** Vite plugin: the policy as a <meta http-equiv> in the built index.html (not in dev, whose
 * hot-reload client needs inline scripts). */
export function cspPlugin() {
  return {
    name: 'switchboard:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}
