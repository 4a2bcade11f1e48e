import fs from 'node:fs';
import path from 'node:path';
import { URL } from 'node:url';

const ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$/;

/**
 * Reads and checks a proxy configuration file:
 * `{ "targets": [{ "id", "url", "ca"?: path, "insecureSkipVerify"?: boolean }] }`.
 * A CA path is relative to the file. Throws an Error naming the first problem.
 */
export function readProxyConfig(file) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  return parseProxyConfig(raw, path.dirname(file));
}

export function parseProxyConfig(raw, baseDir) {
  if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.targets)) {
    throw new Error('proxy config: expected {"targets": [...]}');
  }
  const seen = new Set();
  const targets = raw.targets.map((target, index) => {
    const where = `proxy config: targets[${index}]`;
    if (typeof target !== 'object' || target === null) throw new Error(`${where} is not an object`);
    const { id, url, ca, insecureSkipVerify } = target;
    if (typeof id !== 'string' || !ID.test(id) || id.startsWith('_')) {
      throw new Error(`${where}.id must be letters, digits, . _ ~ - (not starting with _)`);
    }
    if (seen.has(id)) throw new Error(`${where}.id "${id}" is used twice`);
    seen.add(id);
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`${where}.url is not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new Error(`${where}.url must be http:// or https://`);
    }
    if (parsed.username || parsed.password || parsed.search || parsed.hash) {
      throw new Error(`${where}.url must not carry credentials, a query or a fragment`);
    }
    if (ca !== undefined && typeof ca !== 'string') throw new Error(`${where}.ca must be a path`);
    if (insecureSkipVerify !== undefined && typeof insecureSkipVerify !== 'boolean') {
      throw new Error(`${where}.insecureSkipVerify must be true or false`);
    }
    return {
      id,
      url: parsed.href.replace(/\/+$/, ''),
      ca: ca === undefined ? undefined : fs.readFileSync(path.resolve(baseDir, ca)),
      insecureSkipVerify: insecureSkipVerify === true,
    };
  });
  return { targets };
}

/**
 * The configuration at `file`, re-read when the file changes (so targets can be added without a
 * restart). A missing file means no targets; a broken one keeps the last good configuration.
 */
export function watchedProxyConfig(file, log) {
  let current = { targets: [] };
  let stamp = '';
  return () => {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      if (stamp !== 'missing') current = { targets: [] };
      stamp = 'missing';
      return current;
    }
    const next = `${stat.mtimeMs}:${stat.size}`;
    if (next !== stamp) {
      stamp = next;
      try {
        current = readProxyConfig(file);
        log(`proxy: ${current.targets.length} target(s) from ${file}`);
      } catch (error) {
        log(`proxy: ignoring ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return current;
  };
}

/** SWITCHBOARD_PROXY_CONFIG, or switchboard.proxy.json in the working directory. */
export function defaultConfigPath(env, cwd) {
  return path.resolve(cwd, env.SWITCHBOARD_PROXY_CONFIG || 'switchboard.proxy.json');
}
