import { pageCacheFor } from '../../bench/support/bench-neo4j';

const GB = 2 ** 30;

describe('the bench sizes its page cache to the bulk-loaded store', () => {
  it('gives a small store the bench’s floor of 3g', () => {
    expect(pageCacheFor(0.4 * GB, 23 * GB)).toBe('3g');
    expect(pageCacheFor(2.5 * GB, 23 * GB)).toBe('3g');
  });

  it('gives a province’s store the store and a tenth more', () => {
    // The million-power store on a 23 GB machine: 11 GB × 1.1 = 12.1, rounded up.
    expect(pageCacheFor(11 * GB, 23 * GB)).toBe('13g');
    expect(pageCacheFor(3.5 * GB, 23 * GB)).toBe('4g');
  });

  it('never takes more than 60 % of the machine’s memory, nor less than the floor', () => {
    expect(pageCacheFor(30 * GB, 23 * GB)).toBe('13g');
    expect(pageCacheFor(11 * GB, 8 * GB)).toBe('4g');
    expect(pageCacheFor(11 * GB, 4 * GB)).toBe('3g');
  });
});
