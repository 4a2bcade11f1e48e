import { isRecord } from '../http.ts';

type Predicate = (item: Record<string, unknown>) => boolean;

function valueAt(item: Record<string, unknown>, path: string): unknown {
  let current: unknown = item;
  for (const key of path.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function property(name: string, operator: string, value: unknown): Predicate | string {
  const wanted = String(value);
  switch (operator) {
    case 'contains':
      return (item) => {
        const got = valueAt(item, name);
        const values = Array.isArray(got) ? got : [got];
        return values.some((one) =>
          String(one ?? '')
            .toLowerCase()
            .includes(wanted.toLowerCase()),
        );
      };
    case 'eq':
      return (item) => {
        const got = valueAt(item, name);
        return Array.isArray(got) ? got.map(String).includes(wanted) : String(got) === wanted;
      };
    case 'bool':
      return (item) => Boolean(valueAt(item, name)) === (wanted === 'true' || wanted === '1');
    case 'gt':
      return (item) => Number(valueAt(item, name)) > Number(wanted);
    case 'lt':
      return (item) => Number(valueAt(item, name)) < Number(wanted);
    default:
      return `unknown operator ${operator}`;
  }
}

/**
 * Decodes ShellHub's `filter` (base64url or base64 of a JSON array of property and operator
 * elements). An operator element joins every condition read so far; what is left is AND-ed.
 */
export function parseFilter(encoded: string | null): Predicate | string {
  if (encoded === null || encoded === '') return () => true;
  let elements: unknown;
  try {
    elements = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown;
  } catch {
    return 'filter is not base64-encoded JSON';
  }
  if (!Array.isArray(elements)) return 'filter must be a JSON array';
  let pending: Predicate[] = [];
  for (const element of elements) {
    if (!isRecord(element) || !isRecord(element.params)) return 'malformed filter element';
    const { params } = element;
    if (element.type === 'property') {
      if (typeof params.name !== 'string' || typeof params.operator !== 'string') {
        return 'a property needs a name and an operator';
      }
      const predicate = property(params.name, params.operator, params.value);
      if (typeof predicate === 'string') return predicate;
      pending.push(predicate);
    } else if (element.type === 'operator') {
      const joined = pending;
      if (params.name === 'and') pending = [(item) => joined.every((p) => p(item))];
      else if (params.name === 'or') pending = [(item) => joined.some((p) => p(item))];
      else return `unknown operator ${String(params.name)}`;
    } else {
      return 'filter elements are properties or operators';
    }
  }
  const all = pending;
  return (item) => all.every((p) => p(item));
}
