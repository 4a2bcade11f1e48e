/** The backend answered with an error status; `message` is the server's own text when it gave one. */
export class ApiError extends Error {
  readonly status: number;
  readonly statusText: string;
  readonly body: unknown;
  readonly headers: Headers;
  /** Kind-specific facts read from the error envelope (e.g. Jidoteki `First-Run`). */
  readonly details: Record<string, unknown>;

  constructor(init: {
    status: number;
    statusText: string;
    message: string;
    body: unknown;
    headers: Headers;
    details?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.statusText = init.statusText;
    this.body = init.body;
    this.headers = init.headers;
    this.details = init.details ?? {};
  }
}

export type NetworkFailure = 'unreachable' | 'dropped' | 'timeout';

/**
 * No HTTP response at all: host down, DNS, TLS or CORS refusal, or a connection closed
 * without an answer (Jidoteki does that for parameter names it does not allow).
 */
export class NetworkError extends Error {
  readonly reason: NetworkFailure;
  readonly url: string;

  constructor(reason: NetworkFailure, url: string, cause?: unknown) {
    super(networkMessage(reason), { cause });
    this.name = 'NetworkError';
    this.reason = reason;
    this.url = url;
  }
}

/** The response arrived but did not have the documented shape. */
export class SchemaError extends Error {
  readonly issues: string[];

  constructor(what: string, issues: string[]) {
    super(`Unexpected response from ${what}: ${issues.slice(0, 3).join('; ')}`);
    this.name = 'SchemaError';
    this.issues = issues;
  }
}

function networkMessage(reason: NetworkFailure): string {
  switch (reason) {
    case 'timeout':
      return 'The backend did not answer in time.';
    case 'dropped':
      return 'The connection was closed before the backend answered.';
    default:
      return 'The backend could not be reached (it may be down, or refuse this origin by CORS or TLS).';
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** One line for a toast or an error state: status and server message, or the network reason. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError)
    return `${error.status} ${error.statusText}: ${error.message}`.trim();
  if (error instanceof Error) return error.message;
  return String(error);
}
