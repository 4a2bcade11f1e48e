import { describe, expect, it } from 'vitest';
import { editLinkSchema, editLinkValues } from './editLink';

describe('link edit form', () => {
  it('needs a name and keeps the policies as lines', () => {
    expect(
      editLinkSchema.safeParse({ name: ' ', description: '', policies: '' }).error?.issues[0],
    ).toMatchObject({ path: ['name'], message: 'Enter a name' });
    expect(
      editLinkSchema.safeParse({ name: 'x', description: 'd'.repeat(256), policies: '' }).error
        ?.issues[0]?.message,
    ).toBe('At most 255 characters');
    expect(
      editLinkValues({ id: 2, name: 'Backup link', description: null, policies: 'a\nb' }),
    ).toEqual({ name: 'Backup link', description: '', policies: 'a\nb' });
  });
});
