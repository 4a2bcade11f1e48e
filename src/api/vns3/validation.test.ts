import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { fieldOfVns3Error, isPrerequisiteError } from './fieldErrors';
import {
  badAccessListLine,
  cidrMessage,
  cidrProblem,
  intInRange,
  isIpv4,
  networkOf,
} from './validation';
import { cidrField, intField, optionalCidrField } from './zodRules';

describe('VNS3 input rules', () => {
  it('accepts clean IPv4 networks only', () => {
    expect(cidrProblem('10.0.0.0/8')).toBeNull();
    expect(cidrProblem('0.0.0.0/0')).toBeNull();
    expect(cidrProblem('192.168.1.7/32')).toBeNull();
    expect(cidrProblem('10.0.0.1/24')).toBe('host-bits');
    expect(cidrProblem('10.0.0.0/33')).toBe('prefix');
    expect(cidrProblem('10.0.0.0')).toBe('format');
    expect(cidrProblem('10.0.0.256/24')).toBe('format');
    expect(cidrProblem('010.0.0.0/8')).toBe('format');
    expect(cidrMessage('10.1.2.3/16')).toBe('Host bits are set: did you mean 10.1.0.0/16?');
  });

  it('networkOf always yields a clean network', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (address, bits) => {
        const network = networkOf(`${address}/${bits}`);
        expect(network).not.toBeNull();
        expect(cidrProblem(network ?? '')).toBeNull();
      }),
    );
  });

  it('checks addresses, ranges and access lists', () => {
    expect(isIpv4('192.0.2.1')).toBe(true);
    expect(isIpv4('192.0.2')).toBe(false);
    expect(intInRange('255', 1, 255)).toBe(true);
    expect(intInRange('256', 1, 255)).toBe(false);
    expect(intInRange('1.5', 1, 255)).toBe(false);
    expect(intInRange('', 1, 255)).toBe(false);
    expect(badAccessListLine('in permit 10.0.0.0/8\nout deny 0.0.0.0/0\n')).toBeNull();
    expect(badAccessListLine('in permit 10.0.0.1/8')).toBe('in permit 10.0.0.1/8');
    expect(badAccessListLine('both permit 10.0.0.0/8')).toBe('both permit 10.0.0.0/8');
  });

  it('zod fields give the message shown next to the field', () => {
    expect(cidrField().safeParse('').error?.issues[0]?.message).toMatch(/^Enter a network/);
    expect(cidrField().safeParse(' 10.0.0.0/24 ').data).toBe('10.0.0.0/24');
    expect(optionalCidrField().safeParse('').success).toBe(true);
    expect(optionalCidrField().safeParse('10.0.0.9/30').success).toBe(false);
    expect(intField(500, 4800, 'MTU').safeParse('499').error?.issues[0]?.message).toBe('MTU');
    expect(intField(500, 4800, 'MTU', true).safeParse('').success).toBe(true);
  });
});

describe('VNS3 error mapping', () => {
  const error = (status: number, message: string, errorName = 'APIArgumentError') =>
    new ApiError({
      status,
      statusText: '',
      message,
      body: {},
      headers: new Headers(),
      details: { errorName },
    });

  it('puts a 400 naming a wire field next to that field', () => {
    const fields = { local_subnet: 'localSubnet', remote_subnet: 'remoteSubnet' } as const;
    expect(fieldOfVns3Error(error(400, 'remote_subnet must be a CIDR'), fields)).toEqual({
      field: 'remoteSubnet',
      message: 'remote_subnet must be a CIDR',
    });
    expect(fieldOfVns3Error(error(400, 'Request body must be a JSON object'), fields)).toBeNull();
    expect(fieldOfVns3Error(error(403, 'remote_subnet limit'), fields)).toBeNull();
  });

  it('recognises the licence and keyset prerequisite errors', () => {
    expect(isPrerequisiteError(error(403, 'Must be licensed first.', 'PrerequisiteError'))).toBe(
      true,
    );
    expect(isPrerequisiteError(error(403, 'nope', 'OperationNotAllowedError'))).toBe(false);
  });
});
