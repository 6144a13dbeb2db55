import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Result, type Session } from 'neo4j-driver';
import type { Logger } from 'pino';

import type { Config } from '../config';
import { AppError, ErrorCode, serviceUnavailable, timedOut } from '../errors';
import { Busy, type Release, type Semaphore } from '../shared/concurrency';
import type { CypherRef, CypherRegistry } from './cypher-registry';
import { renderShape, shapeKey, type RenderedShape, type StatementShape } from './statement-shape';
import { Compaction, toParams, toPlain } from './values';

/** Compiled statements kept per process; a flood of distinct shapes only starts it over. */
const MAX_SHAPES = 500;
const renderedShapes = new Map<string, RenderedShape>();

/** Records converted to plain rows between two turns of the event loop. */

export type Row = Record<string, unknown>;

/** A transaction that runs registered statements only. */
export interface Tx {
  run(ref: CypherRef, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface RoundTripCounter {
  count: number;
}

/** Time limits at the database boundary (NEO4J_* in src/config.ts). 数据库边界的时间限制。 */
export interface DatabaseTimeouts {
  /** Driver-side transaction timeout sent with every statement and transaction; 0: none (CLI imports). */
  transactionMs: number;
  /** A statement still running after this long makes the database prove it is alive. */
  stallCheckMs: number;
  /** How long that proof may take before the database counts as stalled. */
  probeMs: number;
}

/** No timeouts: what the CLI and the bench use (an import may rightly take minutes). */
export const NO_TIMEOUTS: DatabaseTimeouts = { transactionMs: 0, stallCheckMs: 2_000, probeMs: 1_500 };

/**
 * Whether the database answers, asked once for everyone waiting: a stalled server (a paused
 * process, a silent network) keeps its connections open and never fails a statement by itself.
 */
class LivenessProbe {
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeouts: DatabaseTimeouts,
  ) {}

  alive(): Promise<boolean> {
    this.pending ??= withTimeout(
      this.driver.getServerInfo({ database: this.database }).then(() => true),
      this.timeouts.probeMs,
      false,
    )
      .catch(() => false)
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}

/** `promise`, or `fallback` after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(fallback), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

class Stalled extends Error {}

interface RequestBudget {
  started: number;
  deadline: number;
}

/**
 * The single database boundary: sessions opened and closed here, transaction metadata naming
 * the operation, retries by the driver's managed transactions, and the only place where a
 * Neo4j error becomes an application error. 唯一的数据库边界。
 */
export class Database {
  private readonly probe: LivenessProbe;
  private readonly shapes = renderedShapes;

  constructor(
    readonly driver: Driver,
    private readonly database: string,
    private readonly registry: CypherRegistry,
    private readonly logger: Logger,
    private readonly counter: RoundTripCounter = { count: 0 },
    private readonly timeouts: DatabaseTimeouts = NO_TIMEOUTS,
    /** When this request's statements are refused (performance.now()); shared by its repositories. */
    private readonly budget: RequestBudget = { started: 0, deadline: Number.POSITIVE_INFINITY },
    probe?: LivenessProbe,
    /** Sessions one request may hold at once, so no request (nor client) drains the driver's pool. */
    private readonly sessions?: Semaphore,
  ) {
    this.probe = probe ?? new LivenessProbe(driver, database, timeouts);
  }

  /** The same database, counting round trips into `counter` (per-request instrumentation). */
  withCounter(counter: RoundTripCounter): Database {
    const { driver, database, registry, logger, timeouts, budget, probe, sessions } = this;
    return new Database(driver, database, registry, logger, counter, timeouts, budget, probe, sessions);
  }

  /**
   * The same database for one request: every statement ends by `budgetMs` from now, and at most
   * `sessions` are open at once (the rest wait, within the budget). 单个请求的时间预算与会话上限。
   */
  withBudget(budgetMs: number, sessions?: Semaphore): Database {
    const started = performance.now();
    const budget = { started, deadline: Math.min(this.budget.deadline, started + budgetMs) };
    const { driver, database, registry, logger, counter, timeouts, probe } = this;
    return new Database(
      driver,
      database,
      registry,
      logger,
      counter,
      timeouts,
      budget,
      probe,
      sessions ?? this.sessions,
    );
  }

  /**
   * Gives this request `budgetMs` from its start instead (an operation found to run an analysis
   * gets the analysis budget); every repository of the request sees it.
   */
  setBudget(budgetMs: number): void {
    // Only a request's own budget (withBudget) is adjusted: the shared database has none to change.
    if (this.budget.started === 0) return;
    this.budget.deadline = this.budget.started + budgetMs;
  }

  private get deadline(): number {
    return this.budget.deadline;
  }

  /** A session slot of this request, waiting at most until its deadline. */
  private async slot(): Promise<Release> {
    if (this.sessions === undefined) return () => undefined;
    try {
      return await this.sessions.acquire(this.deadline - performance.now());
    } catch (error) {
      if (error instanceof Busy) throw timedOut();
      throw error;
    }
  }

  /** Driver transaction config: metadata naming the operation, and the timeout left. */
  private txConfig(operation: string): { metadata: Record<string, string>; timeout?: number } {
    const left = this.deadline - performance.now();
    if (left <= 0) throw timedOut();
    const limits = [this.timeouts.transactionMs > 0 ? this.timeouts.transactionMs : Infinity, left];
    const timeout = Math.min(...limits);
    return Number.isFinite(timeout)
      ? { metadata: { app: 'quanze', operation }, timeout: Math.max(1, Math.ceil(timeout)) }
      : { metadata: { app: 'quanze', operation } };
  }

  /**
   * `work`, unless the database stops answering (checked after stallCheckMs, then again at each
   * interval) or the request's deadline passes first. A stalled session is not awaited on close.
   */
  private watch<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (done: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        done();
      };
      const check = (): void => {
        const left = this.deadline - performance.now();
        if (left <= 0) {
          finish(() => reject(timedOut()));
          return;
        }
        void this.probe.alive().then((ok) => {
          if (!ok) finish(() => reject(new Stalled()));
          else if (!settled) timer = setTimeout(check, Math.min(this.timeouts.stallCheckMs, left));
        });
      };
      timer = setTimeout(check, Math.min(this.timeouts.stallCheckMs, Math.max(0, this.deadline - performance.now())));
      work.then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
      );
    });
  }

  get roundTrips(): number {
    return this.counter.count;
  }

  executeRead<T>(operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('READ', operation, work);
  }

  executeWrite<T>(operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('WRITE', operation, work);
  }

  /**
   * One statement in its own read transaction, auto-committed: one network round trip where a
   * managed transaction takes two (BEGIN with the query, then COMMIT). A single read needs neither
   * the explicit transaction nor its retry (a failed read reaches the client as
   * SERVICE_UNAVAILABLE, and the client retries).
   */
  read(operation: string, ref: CypherRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readText(operation, ref, this.registry.text(ref), params);
  }

  /**
   * A compiled read (src/features/compiled-read): one statement assembled from the projection
   * pieces by its shape, run as `read` runs a file's. The same shape gives the same text, kept.
   */
  async readShape(operation: string, shape: StatementShape, params: Record<string, unknown>): Promise<Row[]> {
    const key = shapeKey(shape);
    let rendered = this.shapes.get(key);
    if (rendered === undefined) {
      rendered = renderShape(shape, (ref) => this.registry.pieceText(ref));
      if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
      this.shapes.set(key, rendered);
    }
    return rendered.restore(await this.readText(operation, { name: shape.name }, rendered.text, params));
  }

  /** The text of a shape's statement, for EXPLAIN in tests. */
  shapeText(shape: StatementShape): string {
    return renderShape(shape, (ref) => this.registry.pieceText(ref)).text;
  }

  private async readText(
    operation: string,
    ref: CypherRef,
    text: string,
    params: Record<string, unknown>,
  ): Promise<Row[]> {
    const config = this.txConfig(operation);
    const release = await this.slot();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let stalled = false;
    try {
      this.counter.count += 1;
      const started = performance.now();
      return await this.watch(this.rows(runWithoutCallerStack(session, text, params, config), operation, ref, started));
    } catch (error) {
      stalled = error instanceof Stalled || isTimeout(error);
      throw this.translate(error, operation);
    } finally {
      // The answer (or its translated error) is already settled: a connection that died with the
      // server must not turn it into an untranslated error on close, nor a stalled one hold it.
      await this.close(session, stalled);
      release();
    }
  }

  write(operation: string, ref: CypherRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.executeWrite(operation, (tx) => tx.run(ref, params));
  }

  /**
   * A statement that manages its own transactions (`CALL { … } IN TRANSACTIONS`), which Neo4j
   * runs only outside an explicit transaction.
   */
  async runAutoCommit(operation: string, ref: CypherRef, params: Record<string, unknown> = {}): Promise<void> {
    const config = this.txConfig(operation);
    const release = await this.slot();
    const session = this.driver.session({ database: this.database });
    let stalled = false;
    try {
      this.counter.count += 1;
      await this.watch(session.run(this.registry.text(ref), toParams(params), config));
    } catch (error) {
      stalled = error instanceof Stalled || isTimeout(error);
      throw this.translate(error, operation);
    } finally {
      await this.close(session, stalled);
      release();
    }
  }

  /** Schema statements (constraints, indexes) cannot run in a managed transaction with others. */
  async runSchemaFile(name: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const statement of this.registry.statementsOf(name)) {
        await session.run(statement);
      }
    } catch (error) {
      throw this.translate(error, `schema:${name}`);
    } finally {
      await session.close();
    }
  }

  /** Whether the database answers within the probe time (a stalled one does not). */
  async ping(): Promise<boolean> {
    try {
      return await withTimeout(
        this.driver.getServerInfo({ database: this.database }).then(() => true),
        this.timeouts.probeMs,
        false,
      );
    } catch {
      return false;
    }
  }

  /** Closes a session; one on a stalled connection is left to close in the background. */
  private async close(session: Session, stalled: boolean): Promise<void> {
    const closing = session.close().catch(() => undefined);
    if (!stalled) await closing;
  }

  private async execute<T>(mode: 'READ' | 'WRITE', operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const config = this.txConfig(operation);
    const release = await this.slot();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const run = (tx: ManagedTransaction): Promise<T> =>
      work({
        run: async (ref, params = {}) => {
          this.counter.count += 1;
          const started = performance.now();
          return this.rows(tx.run(this.registry.text(ref), toParams(params)), operation, ref, started);
        },
      });
    let stalled = false;
    try {
      return await this.watch(mode === 'READ' ? session.executeRead(run, config) : session.executeWrite(run, config));
    } catch (error) {
      stalled = error instanceof Stalled || isTimeout(error);
      throw this.translate(error, operation);
    } finally {
      await this.close(session, stalled);
      release();
    }
  }

  /**
   * Plain rows of a result, each converted as it arrives; LOG_LEVEL=debug shows every statement's
   * time, the first place to look when a request is slow. A province's analysis reads tens of
   * thousands of rows at once: converting each record when the driver hands it over, instead of
   * after the last, keeps only one copy of them in the heap, and the conversion is spread over the
   * network chunks, so other requests run in between (issue 13: no step holds the event loop long).
   * Texts repeated in a result are one string, and short lists exactly their size (`Compaction`).
   */
  private rows(result: Result, operation: string, ref: CypherRef, started: number): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      const rows: Row[] = [];
      const compact = new Compaction();
      result.subscribe({
        onNext: (record) => {
          rows.push(toPlain(record.toObject(), compact) as Row);
        },
        onCompleted: () => {
          this.logger.debug(
            { operation, statement: ref.name, rows: rows.length, ms: Math.round(performance.now() - started) },
            'statement',
          );
          resolve(rows);
        },
        onError: reject,
      });
    });
  }

  private translate(error: unknown, operation: string): Error {
    if (error instanceof AppError) return error;
    if (error instanceof Stalled) {
      this.logger.warn({ operation }, 'neo4j stalled: no answer to the liveness probe');
      return serviceUnavailable();
    }
    if (error instanceof Neo4jError) {
      if (isTimeout(error)) {
        this.logger.warn({ operation, code: error.code }, 'transaction timed out');
        return timedOut();
      }
      if (isUnavailable(error)) {
        this.logger.warn({ operation, code: error.code }, 'neo4j unavailable');
        return serviceUnavailable();
      }
      if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        return new AppError(ErrorCode.Conflict, '数据与已有记录冲突', 'the data conflicts with an existing record');
      }
    }
    this.logger.error({ err: error, operation }, 'database operation failed');
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * `session.run`, without the driver's capture of the caller's stack: every Result formats one
 * (`new Error().stack`, neo4j-driver-core result.js) to put on a failure it may never have, about
 * 1.5 % of a compiled read's CPU. A read's failure is logged with its operation and statement
 * instead. The limit is restored before anything else runs: the Result is made synchronously.
 */
function runWithoutCallerStack(
  session: Session,
  text: string,
  params: Record<string, unknown>,
  config: { metadata: Record<string, string>; timeout?: number },
): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, toParams(params), config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Neo4j's own transaction timeout (server setting or the driver's `timeout`). */
function isTimeout(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
      error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')
  );
}

function isUnavailable(error: Neo4jError): boolean {
  return (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    error.code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    error.retriable
  );
}

/** The database timeouts the service runs with (the CLI keeps NO_TIMEOUTS). */
export const serviceTimeouts = (config: Config['neo4j']): DatabaseTimeouts => ({
  transactionMs: config.transactionTimeoutMs,
  stallCheckMs: config.stallCheckMs,
  probeMs: config.probeMs,
});

export function createDriver(config: Config['neo4j']): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 4_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    userAgent: 'quanze/0.1',
  });
}
