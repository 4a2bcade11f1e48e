import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { configFormDefaults, configFormSchema, toConfigChanges } from './configForm';

const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const config = {
  id: 1,
  ec2_iam_role_status: false,
  timezone: 'UTC',
  auto_update: true,
  auto_update_time: '20:00:00',
  discovery_mode: true,
  uuid_blacklist: `${A}`,
  uuid_whitelist: null,
};

describe('hub config form', () => {
  it('round-trips the hub values', () => {
    const values = configFormDefaults(config);
    expect(values.auto_update_time).toBe('20:00');
    expect(values.uuid_whitelist).toBe('');
    expect(toConfigChanges(values)).toEqual({
      timezone: 'UTC',
      auto_update: true,
      auto_update_time: '20:00:00',
      discovery_mode: true,
      uuid_blacklist: A,
      uuid_whitelist: '',
    });
  });

  it('names the entries that are not UUIDs and checks the time', () => {
    const result = z.safeParse(configFormSchema, {
      ...configFormDefaults(config),
      uuid_whitelist: `${A}\nnot-a-uuid`,
      auto_update_time: '24:00',
    });
    const messages = result.error?.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    expect(messages).toEqual([
      'auto_update_time: Enter a time as HH:MM, e.g. 20:00',
      expect.stringMatching(/^uuid_whitelist: Not a UUID: not-a-uuid\./) as unknown,
    ]);
  });
});
