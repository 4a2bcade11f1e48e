import type { ApiTarget } from '@/api/http';

/**
 * Why a browser gets no answer from a backend that may well be up, and what to do about it.
 * Only a direct connection can be refused by CORS or an untrusted certificate; through the
 * proxy those problems are the proxy's, and it answers with its own message.
 */
export function explainUnreachable(target: ApiTarget, pageOrigin: string): string {
  if (target.proxyPath) {
    return `The console's proxy path ${target.proxyPath} did not answer: is the proxy running (npm run serve, or your web server)?`;
  }
  let url: URL;
  try {
    url = new URL(target.baseUrl);
  } catch {
    return 'The base URL is not valid.';
  }
  if (url.protocol === 'http:' && pageOrigin.startsWith('https:')) {
    return `This console is served over HTTPS, so the browser blocks plain-HTTP ${url.origin} (mixed content). Connect through the proxy.`;
  }
  if (url.origin === pageOrigin) {
    return `${url.origin} did not answer: it may be down or unreachable from this browser.`;
  }
  const tls =
    url.protocol === 'https:'
      ? ` or its TLS certificate is not trusted by this browser (self-signed?) — open ${url.origin} in a new tab to see which`
      : '';
  return `${url.origin} did not answer this browser. If it is up, the browser probably refused it: it sends no CORS headers for ${pageOrigin}${tls}. Connect through the proxy (a proxy target for it, or a proxy path) to avoid both.`;
}
