import { z } from 'zod/mini';
import { PROTOCOLS } from './resources';
import { rulePortsIssue } from './rulePorts';

const name = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a name'),
      z.maxLength(max, `Use at most ${max} characters`),
    );

const description = z.string().check(z.maxLength(256, 'Use at most 256 characters'));

const ids = z.array(z.number());

/** ServerGroup: name ≤200 without commas, description ≤256. */
export const serverGroupFormSchema = z.object({
  name: name(200).check(z.refine((value) => !value.includes(','), 'Name must not contain commas')),
  description,
  server_set: ids,
});
export type ServerGroupFormValues = z.infer<typeof serverGroupFormSchema>;

/** Django Group: unique name ≤150. */
export const groupFormSchema = z.object({
  name: name(150),
  user_set: ids,
  permissions: ids,
});
export type GroupFormValues = z.infer<typeof groupFormSchema>;

export const ruleFormSchema = z
  .object({
    name: name(200),
    destination_protocol: z.enum(PROTOCOLS),
    destination_ports: z.string().check(z.maxLength(256, 'Use at most 256 characters')),
    source_users: ids,
    source_groups: ids,
    source_servers: ids,
    source_servergroups: ids,
  })
  .check(
    z.superRefine((values, ctx) => {
      const issue = rulePortsIssue(values.destination_protocol, values.destination_ports);
      if (issue) {
        ctx.issues.push({
          code: 'custom',
          path: ['destination_ports'],
          message: issue,
          input: values.destination_ports,
        });
      }
    }),
  );
export type RuleFormValues = z.infer<typeof ruleFormSchema>;

export const policyFormSchema = z.object({
  name: name(200),
  description,
  rules: ids,
  servers: ids,
  servergroups: ids,
});
export type PolicyFormValues = z.infer<typeof policyFormSchema>;
