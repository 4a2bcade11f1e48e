/** RFC 8288 `Link` header → URL per rel (`first`, `next`, `last`, …). */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  const pattern = /<([^>]*)>((?:\s*;\s*[^;,<]+?\s*=\s*(?:"[^"]*"|[^;,]*))*)/g;
  for (const match of header.matchAll(pattern)) {
    const url = match[1] ?? '';
    const params = match[2] ?? '';
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(params);
    const rels = (rel?.[1] ?? rel?.[2] ?? '').trim().split(/\s+/);
    for (const name of rels)
      if (name && !(name.toLowerCase() in links)) links[name.toLowerCase()] = url;
  }
  return links;
}

export interface PageRef {
  offset: number;
  limit: number;
  orderBy: string | null;
}

/** The paging parameters a Link URL carries; null when it carries no usable offset/limit. */
export function pageRefOf(url: string | undefined): PageRef | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return null;
  }
  const offset = Number(parsed.searchParams.get('offset') ?? '0');
  const limit = Number(parsed.searchParams.get('limit'));
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) {
    return null;
  }
  return { offset, limit, orderBy: parsed.searchParams.get('order-by') };
}
