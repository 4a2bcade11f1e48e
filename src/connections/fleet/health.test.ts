import { describe, expect, it } from 'vitest';
import { deviceCount, jidotekiFigure, shortUptime, vns3Figure } from './health';

describe('shortUptime', () => {
  it('keeps the two largest units', () => {
    expect(shortUptime(266_400)).toBe('3 d 2 h');
    expect(shortUptime(3_700)).toBe('1 h 1 min');
    expect(shortUptime(59)).toBe('0 min');
  });
});

describe('jidotekiFigure', () => {
  it('gives the 1-minute load and the memory and disk percentages', () => {
    expect(
      jidotekiFigure({
        disk: { percentage: 2 },
        memory: { percentage: 26 },
        cpu: { load: '0.66, 0.28, 0.14' },
      }),
    ).toBe('Load 0.66 · memory 26 % · disk 2 %');
  });
});

describe('vns3Figure', () => {
  it('gives the uptime and the 1-minute load', () => {
    expect(vns3Figure({ uptime: 90_000, loadavg: ['0.42', '0.40', '0.37'] })).toBe(
      'Up 1 d 1 h · load 0.42',
    );
  });

  it('says the status answered when it carries neither', () => {
    expect(vns3Figure({})).toBe('System status answered');
  });
});

describe('deviceCount', () => {
  const link = (last: number) =>
    `<http://gw/v1/devices?offset=0&limit=1>; rel="first", <http://gw/v1/devices?offset=1&limit=1>; rel="next", <http://gw/v1/devices?offset=${last}&limit=1&order-by=name-asc>; rel="last"`;

  it('reads the total from the last page offset of a limit=1 listing', () => {
    expect(deviceCount(link(41), 1)).toBe(42);
  });

  it('is zero for an empty page, and unknown without a last link', () => {
    expect(deviceCount(null, 0)).toBe(0);
    expect(deviceCount(null, 1)).toBeNull();
    expect(deviceCount('<http://gw/v1/devices?offset=0>; rel="first"', 1)).toBeNull();
  });
});
