import { describe, expect, it } from 'vitest';
import { descriptionSchema, renameSchema } from './groups';

describe('descriptionSchema', () => {
  it('accepts up to 255 characters', () => {
    expect(descriptionSchema.safeParse('x'.repeat(255)).success).toBe(true);
    expect(descriptionSchema.safeParse('').success).toBe(true);
  });
  it('rejects a longer description with a message', () => {
    const result = descriptionSchema.safeParse('x'.repeat(256));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('At most 255 characters');
  });
});

describe('renameSchema', () => {
  it('rejects a name another group already has', () => {
    const result = renameSchema(['web']).safeParse('web');
    expect(result.error?.issues[0]?.message).toBe('web already exists');
    expect(renameSchema(['web']).safeParse('db').success).toBe(true);
  });
});
