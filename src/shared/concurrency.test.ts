import { Busy, InFlight, Semaphore } from './concurrency';

describe('Semaphore', () => {
  it('runs at most max at once, hands slots over in order, and refuses when the queue is full', async () => {
    const gate = new Semaphore(2, 1);
    const a = await gate.acquire();
    const b = await gate.acquire();
    const order: string[] = [];
    const c = gate.acquire().then((release) => {
      order.push('c');
      return release;
    });
    await expect(gate.acquire()).rejects.toEqual(new Busy('queue-full'));
    expect([gate.running, gate.queued]).toEqual([2, 1]);
    a();
    a(); // a second release of the same slot does nothing
    (await c)();
    b();
    expect(order).toEqual(['c']);
    expect([gate.running, gate.queued]).toEqual([0, 0]);
  });

  it('gives up waiting after waitMs and leaves the queue', async () => {
    const gate = new Semaphore(1);
    const held = await gate.acquire();
    await expect(gate.acquire(20)).rejects.toEqual(new Busy('waited-too-long'));
    expect(gate.queued).toBe(0);
    held();
    expect(gate.running).toBe(0);
  });
});

describe('InFlight', () => {
  it('counts per key, refuses above the maximum, and forgets idle keys', () => {
    const inFlight = new InFlight(2);
    const one = inFlight.enter('ip:1')!;
    const two = inFlight.enter('ip:1')!;
    expect(inFlight.enter('ip:1')).toBeNull();
    expect(inFlight.enter('ip:2')).not.toBeNull();
    one();
    two();
    two();
    expect(inFlight.enter('ip:1')).not.toBeNull();
    expect(inFlight.keys).toBe(2);
  });
});
