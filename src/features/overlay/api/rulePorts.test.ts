import { describe, expect, it } from 'vitest';
import { rulePortsIssue } from './rulePorts';

describe('rule port rules', () => {
  it('requires ports for TCP and UDP only', () => {
    expect(rulePortsIssue('TCP', '')).toMatch(/At least one port/);
    expect(rulePortsIssue('ICMP', '22')).toMatch(/Ports can only be specified/);
    expect(rulePortsIssue('ALL', '')).toBeNull();
  });

  it('checks the port specification', () => {
    expect(rulePortsIssue('TCP', '80,443,7000-8000')).toBeNull();
    expect(rulePortsIssue('UDP', '53, 123')).toBeNull();
    expect(rulePortsIssue('TCP', 'http')).toBe('Illegal characters in port specification');
    expect(rulePortsIssue('TCP', '80,,443')).toBe("Malformed port: ''");
    expect(rulePortsIssue('TCP', '70000')).toMatch(/out of range/);
    expect(rulePortsIssue('TCP', '90-80')).toMatch(/start port must be less than end port/);
    expect(rulePortsIssue('TCP', '1-2-3')).toBe("Malformed port range '1-2-3'.");
  });
});
