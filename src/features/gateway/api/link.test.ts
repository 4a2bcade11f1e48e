import { describe, expect, it } from 'vitest';
import { pageRefOf, parseLinkHeader } from './link';

const BASE = 'http://gw.example.net/v1/devices';

describe('parseLinkHeader', () => {
  it('reads the gateway header with first, next and last', () => {
    const header =
      `<${BASE}?offset=0&limit=10&order-by=name-asc>; rel="first", ` +
      `<${BASE}?offset=10&limit=10&order-by=name-asc>; rel="next", ` +
      `<${BASE}?offset=20&limit=10&order-by=name-asc>; rel="last"`;
    expect(parseLinkHeader(header)).toEqual({
      first: `${BASE}?offset=0&limit=10&order-by=name-asc`,
      next: `${BASE}?offset=10&limit=10&order-by=name-asc`,
      last: `${BASE}?offset=20&limit=10&order-by=name-asc`,
    });
  });

  it('has no next on the last page', () => {
    const header = `<${BASE}?offset=0&limit=5>; rel="first", <${BASE}?offset=0&limit=5>; rel="last"`;
    expect(Object.keys(parseLinkHeader(header))).toEqual(['first', 'last']);
  });

  it('accepts unquoted rels, extra parameters, several rels and odd spacing', () => {
    const header = `<a?x=1>;rel=next;title="a, b" ,  <b>; type="text/html"; rel="last prev"`;
    expect(parseLinkHeader(header)).toEqual({ next: 'a?x=1', last: 'b', prev: 'b' });
  });

  it('keeps the first link of a repeated rel and lower-cases rel names', () => {
    expect(parseLinkHeader('<a>; rel="Next", <b>; rel="next"')).toEqual({ next: 'a' });
  });

  it.each([null, '', 'garbage', '<a>; title="x"'])('finds nothing in %j', (header) => {
    expect(parseLinkHeader(header)).toEqual({});
  });
});

describe('pageRefOf', () => {
  it('reads offset, limit and order-by', () => {
    expect(pageRefOf(`${BASE}?offset=20&limit=10&order-by=last-seen-desc`)).toEqual({
      offset: 20,
      limit: 10,
      orderBy: 'last-seen-desc',
    });
  });

  it('defaults a missing offset to 0 and works on relative URLs', () => {
    expect(pageRefOf('/v1/devices?limit=3')).toEqual({ offset: 0, limit: 3, orderBy: null });
  });

  it.each([undefined, `${BASE}?offset=1`, `${BASE}?offset=-1&limit=2`, `${BASE}?limit=0`])(
    'rejects %s',
    (url) => {
      expect(pageRefOf(url)).toBeNull();
    },
  );
});
