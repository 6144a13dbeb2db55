import type { ThreadCpuReader } from '../shared/thread-cpu';

/** The late turn with the most CPU since the last `take`: how late it was, and how long the thread ran in it. */
export interface LateTurn {
  delayMs: number;
  runMs: number;
}

/**
 * Tells apart the two reasons an event loop is late (issue 13's goal: no analysis step blocks it
 * for more than 50 ms). A timer wakes every `intervalMs`; when it wakes late, the main thread's
 * own CPU time since the last wake-up says how much of the delay it spent running (JavaScript, or
 * the collector on this thread) and how much it waited for a core. On a machine whose cores
 * Neo4j keeps busy, monitorEventLoopDelay's maximum counts both; this keeps the most CPU one late
 * turn used. It is an upper bound on the longest single step: a late turn can hold several callbacks.
 * 区分事件循环延迟的两种原因：主线程自己在运行，还是在等待 CPU。
 */
export class LoopWatch {
  private timer: NodeJS.Timeout | null = null;
  private lastAt = 0;
  private lastCpu = 0;
  private worst: LateTurn | null = null;

  constructor(
    private readonly readCpu: ThreadCpuReader,
    private readonly intervalMs = 10,
    /** A wake-up later than this after the one before is a late turn. */
    private readonly lateMs = 2 * intervalMs,
  ) {}

  start(): this {
    if (this.timer !== null) return this;
    this.lastAt = performance.now();
    this.lastCpu = this.readCpu();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** The late turn that ran longest since the last call (null: none was late), and starts anew. */
  take(): LateTurn | null {
    this.tick();
    const worst = this.worst;
    this.worst = null;
    return worst;
  }

  private tick(): void {
    if (this.timer === null) return;
    const at = performance.now();
    const cpu = this.readCpu();
    const delayMs = at - this.lastAt;
    const runMs = (cpu - this.lastCpu) / 1e6;
    this.lastAt = at;
    this.lastCpu = cpu;
    if (delayMs > this.lateMs && (this.worst === null || runMs > this.worst.runMs)) this.worst = { delayMs, runMs };
  }
}
