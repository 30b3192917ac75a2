/**
 * The one module that owns the Neo4j driver. Everything else goes through
 * `read`/`write` (managed transactions, so routing works on clusters and Aura)
 * and gets plain JS values back: Integers, temporal types, nodes,
 * relationships and paths are converted here, once.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  isInt,
  isNode,
  isRelationship,
  isPath,
  isDate,
  isDateTime,
  isLocalDateTime,
  isTime,
  isLocalTime,
  isDuration,
  Neo4jError,
} from 'neo4j-driver';
import type { Neo4jConnection } from './config.js';
import {
  DatabaseUnavailableError,
  QueryRejectedError,
  QueryTimeoutError,
  InvalidInputError,
} from './errors.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Converts any driver value to plain JSON-safe JS. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value)) {
    return {
      elementId: value.elementId,
      labels: [...value.labels],
      properties: toPlain(value.properties),
    } as PlainNode;
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toPlain(value.properties),
    } as PlainRelationship;
  }
  if (isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map(toPlain) as PlainNode[];
    const relationships = value.segments.map((s) => toPlain(s.relationship)) as PlainRelationship[];
    return { nodes, relationships } as PlainPath;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

export function rowsOf(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/** Maps driver errors to the project's named errors. */
export function translateError(err: unknown): unknown {
  if (err instanceof Neo4jError) {
    const code = err.code ?? '';
    if (
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      code.startsWith('Neo.ClientError.Security.Unauthorized') ||
      code === 'Neo.ClientError.Security.AuthenticationRateLimit'
    ) {
      return new DatabaseUnavailableError(`Neo4j is not available: ${err.message}`, { cause: err });
    }
    if (
      code.includes('TransactionTimedOut') ||
      code.includes('TransactionTimedOutClientConfiguration') ||
      code === 'Neo.TransientError.Transaction.LockClientStopped' ||
      code === 'Neo.ClientError.Transaction.TransactionMarkedAsFailed'
    ) {
      return new QueryTimeoutError('The query ran past its time limit and was stopped', {
        cause: err,
      });
    }
    if (code === 'Neo.ClientError.Statement.AccessMode' || code.includes('ForbiddenOnReadOnly')) {
      return new QueryRejectedError('Only read queries are allowed here', { cause: err });
    }
    if (code.startsWith('Neo.ClientError.Statement')) {
      return new InvalidInputError(`Cypher error: ${err.message}`);
    }
  }
  return err;
}

export interface TxOptions {
  timeoutMs?: number;
  metadata?: Record<string, unknown>;
}

export interface Db {
  readonly driver: Driver;
  readonly database: string;
  verify(): Promise<void>;
  /** Runs `work` in a managed read transaction (retried on transient errors). */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts?: TxOptions): Promise<T>;
  /** Runs `work` in a managed write transaction (retried on transient errors). */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts?: TxOptions): Promise<T>;
  read(cypher: string, params?: Params, opts?: TxOptions): Promise<Row[]>;
  write(cypher: string, params?: Params, opts?: TxOptions): Promise<Row[]>;
  isUp(): Promise<boolean>;
  close(): Promise<void>;
}

export function createDb(conn: Neo4jConnection): Db {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
    // Fail within seconds when Neo4j goes away, rather than retrying for the default 30 s.
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: () => undefined },
  });
  const database = conn.database;

  async function inSession<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    opts: TxOptions = {},
  ): Promise<T> {
    const session = driver.session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout: opts.timeoutMs,
      metadata: opts.metadata,
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (err) {
      throw translateError(err);
    } finally {
      await session.close();
    }
  }

  return {
    driver,
    database,
    async verify() {
      try {
        await driver.verifyConnectivity({ database });
      } catch (err) {
        const t = translateError(err);
        if (t instanceof DatabaseUnavailableError) throw t;
        throw new DatabaseUnavailableError(
          `Neo4j is not available at ${conn.uri}: ${(err as Error).message}`,
          { cause: err },
        );
      }
    },
    readTx: (work, opts) => inSession('READ', work, opts),
    writeTx: (work, opts) => inSession('WRITE', work, opts),
    read: (cypher, params = {}, opts) =>
      inSession('READ', async (tx) => rowsOf(await tx.run(cypher, params)), opts),
    write: (cypher, params = {}, opts) =>
      inSession('WRITE', async (tx) => rowsOf(await tx.run(cypher, params)), opts),
    async isUp() {
      try {
        await driver.verifyConnectivity({ database });
        return true;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}
