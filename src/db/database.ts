import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type QueryResult } from 'neo4j-driver';
import type { Logger } from 'pino';

import type { Config } from '../config';
import { AppError, ErrorCode, serviceUnavailable } from '../errors';
import type { CypherRef, CypherRegistry } from './cypher-registry';
import { toParams, toPlain } from './values';

export type Row = Record<string, unknown>;

/** A transaction that runs registered statements only. */
export interface Tx {
  run(ref: CypherRef, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface RoundTripCounter {
  count: number;
}

/**
 * The single database boundary: sessions opened and closed here, transaction metadata naming
 * the operation, retries by the driver's managed transactions, and the only place where a
 * Neo4j error becomes an application error. 唯一的数据库边界。
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly database: string,
    private readonly registry: CypherRegistry,
    private readonly logger: Logger,
    private readonly counter: RoundTripCounter = { count: 0 },
  ) {}

  /** The same database, counting round trips into `counter` (per-request instrumentation). */
  withCounter(counter: RoundTripCounter): Database {
    return new Database(this.driver, this.database, this.registry, this.logger, counter);
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
  async read(operation: string, ref: CypherRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.counter.count += 1;
      const started = performance.now();
      const result = await session.run(this.registry.text(ref), toParams(params), {
        metadata: { app: 'quanze', operation },
      });
      return this.rows(result, operation, ref, started);
    } catch (error) {
      throw this.translate(error, operation);
    } finally {
      // The answer (or its translated error) is already settled: a connection that died with the
      // server must not turn it into an untranslated error on close.
      await session.close().catch(() => undefined);
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
    const session = this.driver.session({ database: this.database });
    try {
      this.counter.count += 1;
      await session.run(this.registry.text(ref), toParams(params));
    } catch (error) {
      throw this.translate(error, operation);
    } finally {
      await session.close();
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

  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  private async execute<T>(mode: 'READ' | 'WRITE', operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { metadata: { app: 'quanze', operation } };
    const run = (tx: ManagedTransaction): Promise<T> =>
      work({
        run: async (ref, params = {}) => {
          this.counter.count += 1;
          const started = performance.now();
          return this.rows(await tx.run(this.registry.text(ref), toParams(params)), operation, ref, started);
        },
      });
    try {
      return mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
    } catch (error) {
      throw this.translate(error, operation);
    } finally {
      await session.close();
    }
  }

  /** Plain rows of a result; LOG_LEVEL=debug shows every statement's time, the first place to look when a request is slow. */
  private rows(result: QueryResult, operation: string, ref: CypherRef, started: number): Row[] {
    const rows = result.records.map((record) => toPlain(record.toObject()) as Row);
    this.logger.debug(
      { operation, statement: ref.name, rows: rows.length, ms: Math.round(performance.now() - started) },
      'statement',
    );
    return rows;
  }

  private translate(error: unknown, operation: string): Error {
    if (error instanceof AppError) return error;
    if (error instanceof Neo4jError) {
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

function isUnavailable(error: Neo4jError): boolean {
  return (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    error.code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    error.retriable
  );
}

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
