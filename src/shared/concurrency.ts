/**
 * Bounds on concurrent work: a semaphore with a bounded queue and a bounded wait (analyses,
 * sessions of one request), and per-key in-flight counts (requests of one client).
 * 并发上限：有界队列与等待时间的信号量，以及按客户端计数的进行中请求。
 */

export class Busy extends Error {
  constructor(readonly reason: 'queue-full' | 'waited-too-long') {
    super(reason);
    this.name = 'Busy';
  }
}

export type Release = () => void;

export class Semaphore {
  private active = 0;
  private readonly waiting: { grant: (release: Release) => void; timer: NodeJS.Timeout | undefined }[] = [];

  constructor(
    private readonly max: number,
    private readonly maxQueue: number = Number.POSITIVE_INFINITY,
  ) {}

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** A release function once a slot is free; Busy when the queue is full or `waitMs` passes first. */
  acquire(waitMs: number = Number.POSITIVE_INFINITY): Promise<Release> {
    if (this.active < this.max) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(new Busy('queue-full'));
    return new Promise<Release>((resolve, reject) => {
      const entry = { grant: resolve, timer: undefined as NodeJS.Timeout | undefined };
      if (Number.isFinite(waitMs)) {
        entry.timer = setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(new Busy('waited-too-long'));
        }, Math.max(0, waitMs));
      }
      this.waiting.push(entry);
    });
  }

  /** `work` inside a slot. */
  async run<T>(work: () => Promise<T>, waitMs?: number): Promise<T> {
    const release = await this.acquire(waitMs);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next === undefined) {
        this.active -= 1;
        return;
      }
      clearTimeout(next.timer);
      next.grant(this.releaser());
    };
  }
}

/** Requests in flight per client; a key with none left is forgotten, so the map stays bounded by activity. */
export class InFlight {
  private readonly counts = new Map<string, number>();

  constructor(private readonly maxPerKey: number) {}

  /** Counts one more for `key`, or returns null when it already has the maximum. */
  enter(key: string): Release | null {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.maxPerKey) return null;
    this.counts.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left <= 0) this.counts.delete(key);
      else this.counts.set(key, left);
    };
  }

  get keys(): number {
    return this.counts.size;
  }
}
