import { NODE_PROFILE_OPTIONS, nodeProfileFor, runningNodeProfile } from './node-flags';

describe('node profiles', () => {
  it('auto takes memory from the bound on, and throughput when the size is not known', () => {
    expect(nodeProfileFor('auto', 499_999, 500_000)).toBe('throughput');
    expect(nodeProfileFor('auto', 500_000, 500_000)).toBe('memory');
    expect(nodeProfileFor('auto', null, 500_000)).toBe('throughput');
  });

  it('a set profile wins whatever the size', () => {
    expect(nodeProfileFor('throughput', 10_000_000, 500_000)).toBe('throughput');
    expect(nodeProfileFor('memory', 0, 500_000)).toBe('memory');
  });

  it('tells which profile a process was started with', () => {
    expect(runningNodeProfile(['--inspect', ...NODE_PROFILE_OPTIONS.memory])).toBe('memory');
    expect(runningNodeProfile([...NODE_PROFILE_OPTIONS.throughput])).toBe('throughput');
    expect(runningNodeProfile(['--max-semi-space-size=32'])).toBeNull();
  });

  it('the memory profile bounds both generations more tightly than throughput', () => {
    const value = (options: readonly string[], flag: string): number =>
      Number(options.find((o) => o.startsWith(`${flag}=`))?.split('=')[1]);
    for (const flag of ['--max-semi-space-size', '--heap-growing-percent']) {
      expect(value(NODE_PROFILE_OPTIONS.memory, flag)).toBeLessThan(value(NODE_PROFILE_OPTIONS.throughput, flag));
    }
  });
});
