export interface ProxyTarget {
  id: string;
  url: string;
  ca: Buffer | undefined;
  insecureSkipVerify: boolean;
}

export interface ProxyConfig {
  targets: ProxyTarget[];
}

export function readProxyConfig(file: string): ProxyConfig;
export function parseProxyConfig(raw: unknown, baseDir: string): ProxyConfig;
export function watchedProxyConfig(file: string, log: (line: string) => void): () => ProxyConfig;
export function defaultConfigPath(env: Record<string, string | undefined>, cwd: string): string;
