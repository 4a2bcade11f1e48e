import { describe, expect, it } from 'vitest';
import { explainUnreachable } from './networkHint';

const CONSOLE = 'http://localhost:5173';

describe('explainUnreachable', () => {
  it('suggests CORS or TLS and the proxy for a direct HTTPS backend on another origin', () => {
    expect(explainUnreachable({ baseUrl: 'https://appliance.example.net:8443' }, CONSOLE)).toBe(
      'https://appliance.example.net:8443 did not answer this browser. If it is up, the browser probably refused it: it sends no CORS headers for http://localhost:5173 or its TLS certificate is not trusted by this browser (self-signed?) — open https://appliance.example.net:8443 in a new tab to see which. Connect through the proxy (a proxy target for it, or a proxy path) to avoid both.',
    );
  });

  it('mentions only CORS for a plain-HTTP backend', () => {
    const message = explainUnreachable({ baseUrl: 'http://10.0.0.5:8080' }, CONSOLE);
    expect(message).toContain('no CORS headers for http://localhost:5173.');
    expect(message).not.toContain('TLS');
  });

  it('explains mixed content for an HTTP backend seen from an HTTPS console', () => {
    expect(explainUnreachable({ baseUrl: 'http://10.0.0.5:8080' }, 'https://console.example')).toBe(
      'This console is served over HTTPS, so the browser blocks plain-HTTP http://10.0.0.5:8080 (mixed content). Connect through the proxy.',
    );
  });

  it('does not blame CORS for a same-origin backend', () => {
    expect(explainUnreachable({ baseUrl: `${CONSOLE}/sim/jidoteki/x` }, CONSOLE)).toBe(
      'http://localhost:5173 did not answer: it may be down or unreachable from this browser.',
    );
  });

  it('points at the proxy itself when the connection already goes through it', () => {
    expect(
      explainUnreachable({ baseUrl: 'https://a.example', proxyPath: '/proxy/a' }, CONSOLE),
    ).toBe(
      "The console's proxy path /proxy/a did not answer: is the proxy running (npm run serve, or your web server)?",
    );
  });
});
