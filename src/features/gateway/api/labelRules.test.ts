import { describe, expect, it } from 'vitest';
import { labelSchema, labelsBody, labelsFormSchema } from './labelRules';

describe('label rules (as the gateway checks them)', () => {
  it('accepts the documented characters', () => {
    expect(labelSchema.safeParse({ name: 'rack_1.a-b', value: 'R12.b_C-d' }).success).toBe(true);
  });

  it.each([
    ['an upper-case name', { name: 'Rack', value: 'x' }],
    ['a name of 21 characters', { name: 'a'.repeat(21), value: 'x' }],
    ['a value with a space', { name: 'rack', value: 'r 12' }],
    ['a value of 61 characters', { name: 'rack', value: 'a'.repeat(61) }],
    ['an empty value', { name: 'rack', value: '' }],
  ])('rejects %s', (_label, label) => {
    expect(labelSchema.safeParse(label).success).toBe(false);
  });

  it('flags a repeated name on the repeated row', () => {
    const result = labelsFormSchema.safeParse({
      labels: [
        { name: 'a', value: '1' },
        { name: 'a', value: '2' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['labels', 1, 'name']);
  });

  it('builds the PUT body', () => {
    expect(labelsBody({ labels: [{ name: 'name', value: 'gw-1' }] })).toEqual({ name: 'gw-1' });
  });
});
