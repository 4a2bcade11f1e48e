import type { Protocol } from './resources';

/** The hub's Rule.clean(): ports only for TCP/UDP and required there, "80,443,7000-8000". */
export function rulePortsIssue(protocol: Protocol, ports: string): string | null {
  const value = ports.trim();
  if (protocol === 'TCP' || protocol === 'UDP') {
    if (!value) return 'At least one port must be specified for destination protocols TCP or UDP';
  } else if (value) {
    return 'Ports can only be specified for destination protocols TCP or UDP';
  }
  if (!/^[\s0-9,-]*$/.test(value)) return 'Illegal characters in port specification';
  if (!value) return null;
  for (const spec of value.split(',')) {
    const parts = spec.split('-');
    if (parts.length > 2) return `Malformed port range '${spec}'.`;
    const numbers: number[] = [];
    for (const part of parts) {
      if (!/^\s*\d+\s*$/.test(part)) return `Malformed port: '${spec}'`;
      const port = Number(part);
      if (port > 65535)
        return `Port '${part.trim()}' is out of range, ports must be between 0 and 65535.`;
      numbers.push(port);
    }
    const [start, end] = numbers;
    if (end !== undefined && start !== undefined && !(start < end)) {
      return `Malformed port range '${spec}', start port must be less than end port.`;
    }
  }
  return null;
}
