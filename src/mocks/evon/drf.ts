import { reasonPhrase } from '../framework/http.ts';
import type { SimOutcome } from '../framework/types.ts';

export const PAGE_SIZE = 100;

export type FieldErrors = Record<string, string[]>;

const BASE_HEADERS = {
  Server: 'nginx',
  Vary: 'Accept, Origin',
  Allow: '',
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};

export function drfJson(body: unknown, status = 200, allow = 'GET, HEAD, OPTIONS'): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    statusText: reasonPhrase(status),
    headers: { ...BASE_HEADERS, Allow: allow, 'Content-Type': 'application/json' },
  });
}

export function detail(status: number, message: string, extra: Record<string, string> = {}) {
  const response = drfJson({ detail: message }, status);
  for (const [name, value] of Object.entries(extra)) response.headers.set(name, value);
  return response;
}

export const MESSAGES = {
  noCredentials: 'Authentication credentials were not provided.',
  invalidToken: 'Invalid token.',
  inactive: 'User inactive or deleted.',
  forbidden: 'You do not have permission to perform this action.',
  notFound: 'Not found.',
  invalidPage: 'Invalid page.',
} as const;

export function ok(result: Response): SimOutcome {
  return { result };
}

export function invalid(errors: FieldErrors): SimOutcome {
  return { result: drfJson(errors, 400), rejectedForValidation: true };
}

export function methodNotAllowed(method: string, allow: string): SimOutcome {
  const response = drfJson({ detail: `Method "${method}" not allowed.` }, 405, allow);
  return ok(response);
}

export function noContent(): SimOutcome {
  return ok(new Response(null, { status: 204, statusText: reasonPhrase(204) }));
}

/** Django's own 404 page: a path the URL conf does not match (e.g. a trailing slash). */
export function djangoNotFound(path: string): SimOutcome {
  const html = `<!doctype html>\n<html lang="en">\n<head><title>Not Found</title></head>\n<body><h1>Not Found</h1><p>The requested resource was not found on this server.</p><!-- ${path.replace(/-->/g, '')} --></body>\n</html>\n`;
  return ok(
    new Response(html, {
      status: 404,
      statusText: reasonPhrase(404),
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    }),
  );
}

function pageUrl(url: URL, page: number): string {
  const next = new URL(url.href);
  if (page === 1) next.searchParams.delete('page');
  else next.searchParams.set('page', String(page));
  return next.href;
}

/** DRF PageNumberPagination: `?page=N`, 100 a page, absolute next/previous links. */
export function paginate<T>(items: readonly T[], url: URL, pageSize = PAGE_SIZE): SimOutcome {
  const raw = url.searchParams.get('page');
  let page = 1;
  if (raw !== null) {
    page = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    const pages = Math.max(1, Math.ceil(items.length / pageSize));
    if (!Number.isInteger(page) || page < 1 || page > pages) {
      return ok(detail(404, MESSAGES.invalidPage));
    }
  }
  const start = (page - 1) * pageSize;
  const results = items.slice(start, start + pageSize);
  return ok(
    drfJson({
      count: items.length,
      next: start + pageSize < items.length ? pageUrl(url, page + 1) : null,
      previous: page > 1 ? pageUrl(url, page - 1) : null,
      results,
    }),
  );
}

export function attachment(body: string, filename: string): Response {
  const bytes = new TextEncoder().encode(body);
  return new Response(bytes, {
    status: 200,
    statusText: 'OK',
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
}
