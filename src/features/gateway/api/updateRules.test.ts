import { describe, expect, it } from 'vitest';
import { overridesOf, rolloutFormSchema, splitList, uploadUpdateSchema } from './updateRules';

const base = {
  tag: 'main',
  name: 'main-43',
  version: '',
  targetName: '',
  hardwareId: '',
  ostreeHash: '',
  apps: '',
};

describe('upload update rules', () => {
  it('accepts a minimal update and sends no empty overrides', () => {
    expect(uploadUpdateSchema.safeParse(base).success).toBe(true);
    expect(Object.values(overridesOf(base)).filter(Boolean)).toEqual([]);
  });

  it.each([
    ['a tag with a space', { tag: 'a b' }],
    ['a version that is not a number', { version: '4.2' }],
    ['a short ostree hash', { ostreeHash: 'abc' }],
    ['apps without a hash', { apps: 'shellhub' }],
  ])('rejects %s', (_label, change) => {
    expect(uploadUpdateSchema.safeParse({ ...base, ...change }).success).toBe(false);
  });

  it('passes apps pairs through', () => {
    const apps = `a=${'0'.repeat(64)},b=${'f'.repeat(64)}`;
    expect(uploadUpdateSchema.safeParse({ ...base, apps }).success).toBe(true);
    expect(overridesOf({ ...base, apps, version: '7' })).toMatchObject({ apps, version: '7' });
  });
});

describe('rollout rules', () => {
  it('needs a uuid or a group', () => {
    const result = rolloutFormSchema.safeParse({ name: 'r1', uuids: ' ', groups: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['uuids']);
    expect(rolloutFormSchema.safeParse({ name: 'r1', uuids: '', groups: ['a'] }).success).toBe(
      true,
    );
  });

  it('rejects a bad rollout name', () => {
    expect(rolloutFormSchema.safeParse({ name: 'r 1', uuids: 'x', groups: [] }).success).toBe(
      false,
    );
  });

  it('splits uuids on commas, spaces and lines, once each', () => {
    expect(splitList('a, b\nc a')).toEqual(['a', 'b', 'c']);
  });
});
