import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  groupFormSchema,
  policyFormSchema,
  ruleFormSchema,
  serverGroupFormSchema,
} from './namedForms';

const messages = (schema: z.core.$ZodType, value: unknown) =>
  z
    .safeParse(schema, value)
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('hub object forms', () => {
  it('rejects commas in server group names', () => {
    expect(
      messages(serverGroupFormSchema, { name: 'a,b', description: '', server_set: [] }),
    ).toEqual(['name: Name must not contain commas']);
    expect(
      messages(serverGroupFormSchema, { name: 'DB', description: '', server_set: [1] }),
    ).toEqual([]);
  });

  it('requires names and limits their length', () => {
    expect(messages(groupFormSchema, { name: ' ', user_set: [], permissions: [] })).toEqual([
      'name: Enter a name',
    ]);
    expect(
      messages(policyFormSchema, {
        name: 'x'.repeat(201),
        description: '',
        rules: [],
        servers: [],
        servergroups: [],
      }),
    ).toEqual(['name: Use at most 200 characters']);
  });

  it('puts the port rules on destination_ports', () => {
    const rule = {
      name: 'SSH',
      destination_protocol: 'TCP',
      destination_ports: '',
      source_users: [],
      source_groups: [],
      source_servers: [],
      source_servergroups: [],
    };
    expect(messages(ruleFormSchema, rule)).toEqual([
      'destination_ports: At least one port must be specified for destination protocols TCP or UDP',
    ]);
    expect(messages(ruleFormSchema, { ...rule, destination_ports: '22' })).toEqual([]);
  });
});
