import { z } from 'zod/mini';
import { cidrMessage, intInRange, isIpv4 } from './validation';

/** Required IPv4 network in CIDR notation, with the reason next to the field. */
export const cidrField = (emptyMessage = 'Enter a network, e.g. 10.0.0.0/24') =>
  z.string().check(
    z.trim(),
    z.minLength(1, emptyMessage),
    z.superRefine((value, context) => {
      const message = value ? cidrMessage(value) : null;
      if (message) context.addIssue({ code: 'custom', message, input: value });
    }),
  );

/** Optional CIDR: empty is allowed. */
export const optionalCidrField = () =>
  z.string().check(
    z.trim(),
    z.superRefine((value, context) => {
      const message = value ? cidrMessage(value) : null;
      if (message) context.addIssue({ code: 'custom', message, input: value });
    }),
  );

export const ipv4Field = (emptyMessage = 'Enter an IPv4 address') =>
  z.string().check(
    z.trim(),
    z.minLength(1, emptyMessage),
    z.refine((value) => !value || isIpv4(value), 'Enter an IPv4 address like 192.0.2.10'),
  );

export const optionalIpv4Field = () =>
  z.string().check(
    z.trim(),
    z.refine((value) => !value || isIpv4(value), 'Enter an IPv4 address like 192.0.2.10'),
  );

/** A whole number typed into a text field; `optional` allows it empty. */
export const intField = (min: number, max: number, message: string, optional = false) =>
  z.string().check(
    z.trim(),
    z.refine((value) => (optional && value === '') || intInRange(value, min, max), message),
  );
