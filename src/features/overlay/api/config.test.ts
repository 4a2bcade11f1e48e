import { describe, expect, it } from 'vitest';
import { fromUuidList, invalidUuids, toTimeInput, toUuidList } from './config';

const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('hub config helpers', () => {
  it('finds entries that are not version 4 UUIDs', () => {
    expect(invalidUuids(`${A},\n${B}`)).toEqual([]);
    expect(invalidUuids(`${A}, nope, ${A.toUpperCase()}`)).toEqual(['nope', A.toUpperCase()]);
    expect(invalidUuids('')).toEqual([]);
  });

  it('converts between lines and the comma list', () => {
    expect(toUuidList(`${A}\n\n ${B} \n`)).toBe(`${A},${B}`);
    expect(fromUuidList(`${A}, ${B}`)).toBe(`${A}\n${B}`);
    expect(fromUuidList(null)).toBe('');
  });

  it('shows HH:MM of the hub time', () => {
    expect(toTimeInput('20:00:00')).toBe('20:00');
  });
});
