import { describe, expect, it } from 'vitest';
import { type Health, healthAlarms, healthSchema } from './health';

/** The sample response from the Jidoteki Admin API doc. */
const DOC_SAMPLE = {
  disk: { used: '3.4G', total: '234G', percentage: 2 },
  memory: { used: '260M', total: '1000M', percentage: 26 },
  cpu: { num: 1, load: '0.66, 0.28, 0.14', cpu5min: 0 },
};

function health(disk: number, memory: number, num: number, cpu5min: number): Health {
  return {
    disk: { used: '1G', total: '10G', percentage: disk },
    memory: { used: '1M', total: '10M', percentage: memory },
    cpu: { num, load: '0, 0, 0', cpu5min },
  };
}

describe('healthSchema', () => {
  it('parses the documented sample unchanged', () => {
    expect(healthSchema.parse(DOC_SAMPLE)).toEqual(DOC_SAMPLE);
  });

  it('coerces numbers sent as strings', () => {
    const parsed = healthSchema.parse({
      ...DOC_SAMPLE,
      disk: { ...DOC_SAMPLE.disk, percentage: '97' },
      cpu: { num: '4', load: '1.00, 0.50, 0.25', cpu5min: '0.5' },
    });
    expect(parsed.disk.percentage).toBe(97);
    expect(parsed.cpu).toEqual({ num: 4, load: '1.00, 0.50, 0.25', cpu5min: 0.5 });
  });

  it.each([
    ['a missing section', { disk: DOC_SAMPLE.disk, memory: DOC_SAMPLE.memory }],
    [
      'a non-numeric percentage',
      { ...DOC_SAMPLE, memory: { ...DOC_SAMPLE.memory, percentage: 'n/a' } },
    ],
    ['a numeric used value', { ...DOC_SAMPLE, disk: { ...DOC_SAMPLE.disk, used: 3.4 } }],
    ['a load that is not a string', { ...DOC_SAMPLE, cpu: { ...DOC_SAMPLE.cpu, load: [0.66] } }],
  ])('rejects %s', (_label, data) => {
    expect(healthSchema.safeParse(data).success).toBe(false);
  });
});

describe('healthAlarms', () => {
  it('raises nothing for the documented sample', () => {
    expect(healthAlarms(healthSchema.parse(DOC_SAMPLE))).toEqual({
      disk: false,
      memory: false,
      cpu: false,
    });
  });

  it('raises the disk alarm from 98 %', () => {
    expect(healthAlarms(health(97, 0, 1, 0)).disk).toBe(false);
    expect(healthAlarms(health(97.9, 0, 1, 0)).disk).toBe(false);
    expect(healthAlarms(health(98, 0, 1, 0)).disk).toBe(true);
    expect(healthAlarms(health(100, 0, 1, 0))).toEqual({ disk: true, memory: false, cpu: false });
  });

  it('raises the memory alarm from 90 %', () => {
    expect(healthAlarms(health(0, 89, 1, 0)).memory).toBe(false);
    expect(healthAlarms(health(0, 90, 1, 0)).memory).toBe(true);
    expect(healthAlarms(health(0, 95, 1, 0))).toEqual({ disk: false, memory: true, cpu: false });
  });

  it('raises the cpu alarm when the 5-minute load reaches the number of cores', () => {
    expect(healthAlarms(health(0, 0, 1, 0.99)).cpu).toBe(false);
    expect(healthAlarms(health(0, 0, 1, 1)).cpu).toBe(true);
    expect(healthAlarms(health(0, 0, 4, 3.9)).cpu).toBe(false);
    expect(healthAlarms(health(0, 0, 4, 4)).cpu).toBe(true);
    expect(healthAlarms(health(0, 0, 4, 6.5))).toEqual({ disk: false, memory: false, cpu: true });
  });

  it('raises no cpu alarm when the core count is unknown (0)', () => {
    expect(healthAlarms(health(0, 0, 0, 0)).cpu).toBe(false);
    expect(healthAlarms(health(0, 0, 0, 3)).cpu).toBe(false);
  });
});
