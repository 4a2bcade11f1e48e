import { describe, expect, it } from 'vitest';
import { containerCommitSchema, imageEditSchema, imageExportSchema } from './containerRules';

describe('container rules', () => {
  it('accepts image and container names the controller accepts', () => {
    expect(imageEditSchema.safeParse({ name: 'base-v2.1', description: '' }).success).toBe(true);
    expect(imageExportSchema.safeParse({ name: ' web_export ' }).data).toEqual({
      name: 'web_export',
    });
    expect(containerCommitSchema.safeParse({ name: 'a', description: 'x' }).success).toBe(true);
  });

  it('rejects empty, leading punctuation, spaces and names over 64 characters', () => {
    for (const name of ['', '-web', 'web 2', 'x'.repeat(65), '<b>']) {
      const result = imageExportSchema.safeParse({ name });
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'Start with a letter or digit; use letters, digits, _ . - (at most 64)',
      );
    }
    expect(imageEditSchema.safeParse({ name: 'x'.repeat(64), description: '' }).success).toBe(true);
  });
});
