import { describe, expect, it } from 'vitest';
import { EMPTY_LINK, addLinkSchema } from './addLink';
import { addRouteSchema } from './addRoute';
import { peerFormSchema } from './peering';
import { routeList, routeMapSchema } from './routes';
import { cpuBusy, formatUptime, memoryUsed, rootDisk, systemStatusSchema } from './systemStatus';

describe('network: status parsing', () => {
  it('reads memory, disk, CPU and uptime from /status/system', () => {
    const status = systemStatusSchema.parse({
      uptime: 266_460,
      meminfo: ['MemTotal: 4000000 kB', 'MemFree: 1000000 kB'],
      diskinfo: [
        ['Filesystem', 'Size', 'Used', 'Avail', 'Use%', 'Mounted on'],
        ['/dev/root', '16G', '5.2G', '11G', '33%', '/'],
      ],
      data: { sysstat: [['h', '1', '0', 'all', '%idle', '87.50']] },
    });
    expect(memoryUsed(status.meminfo)).toEqual({ usedKb: 3_000_000, totalKb: 4_000_000 });
    expect(rootDisk(status.diskinfo)).toEqual({ size: '16G', used: '5.2G', percent: '33%' });
    expect(cpuBusy(status.data?.sysstat)).toBe(12.5);
    expect(formatUptime(266_460)).toBe('3 d 2 h 1 min');
    expect(formatUptime(59)).toBe('0 min');
    expect(memoryUsed(['garbage'])).toBeNull();
    expect(cpuBusy([])).toBeNull();
  });

  it('turns the route map into an ordered list', () => {
    const map = routeMapSchema.parse({
      '10': { id: 10, cidr: '10.0.0.0/8', interface: 'eth0' },
      '2': { id: 2, cidr: '192.168.1.0/24', gateway: '192.168.1.1', enabled: false },
    });
    expect(routeList(map).map((route) => route.id)).toEqual([2, 10]);
  });
});

describe('network: form rules', () => {
  const route = {
    cidr: '10.60.0.0/16',
    interface: 'eth0',
    gateway: '',
    metric: '',
    table: '',
    description: '',
    advertise: false,
  };

  it('refuses bad routes with a message per field', () => {
    expect(addRouteSchema.safeParse(route).success).toBe(true);
    const bad = addRouteSchema.safeParse({
      ...route,
      cidr: '10.60.0.1/16',
      interface: '',
      metric: '-1',
      table: 'a b',
    });
    expect(bad.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
      'cidr',
      'interface',
      'metric',
      'table',
    ]);
  });

  it('refuses peers outside the id and MTU ranges', () => {
    const peer = { id: '2', name: 'vns3-b.example.net', overlayMtu: '1500', force: true };
    expect(peerFormSchema.safeParse(peer).success).toBe(true);
    expect(peerFormSchema.safeParse({ ...peer, overlayMtu: '499' }).success).toBe(false);
    expect(peerFormSchema.safeParse({ ...peer, id: '17' }).success).toBe(false);
    expect(peerFormSchema.safeParse({ ...peer, name: '300.1.1' }).success).toBe(false);
    expect(peerFormSchema.safeParse({ ...peer, name: '198.51.100.7' }).success).toBe(true);
  });
});

describe('network: new links', () => {
  it('needs a configuration, or a controller address and its credential', () => {
    const named = { ...EMPTY_LINK, name: 'L' };
    expect(addLinkSchema.safeParse(named).error?.issues[0]?.path).toEqual(['conf']);
    expect(addLinkSchema.safeParse({ ...named, conf: '[Interface]' }).success).toBe(true);
    const fromController = {
      ...named,
      source: 'controller' as const,
      controller: 'vns3.example.net',
    };
    expect(addLinkSchema.safeParse(fromController).error?.issues[0]?.path).toEqual(['auth']);
    expect(addLinkSchema.safeParse({ ...fromController, auth: 'pw' }).success).toBe(true);
    expect(addLinkSchema.safeParse({ ...fromController, auth: 'pw', id: '0' }).success).toBe(false);
  });
});
