import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ProxyConfig, ProxyTarget } from './config.mjs';

export const PROXY_PREFIX: '/proxy/';

export function forwardableHeaders(
  headers: IncomingHttpHeaders,
  dropped?: Set<string>,
): Record<string, string | string[]>;

export function redactedPath(pathAndQuery: string): string;

export function describeUpstreamError(
  error: Error & { code?: string },
  target: ProxyTarget,
): { status: number; message: string };

export function createProxyMiddleware(options: {
  getConfig: () => ProxyConfig;
  log?: (line: string) => void;
  timeoutMs?: number;
}): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export function createProxyUpgradeHandler(options: {
  getConfig: () => ProxyConfig;
  log?: (line: string) => void;
}): (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;
