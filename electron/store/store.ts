import type BetterSqlite3 from 'better-sqlite3';
import { consoleLog, type Log } from './log';

/** Statements slower than this are logged with their SQL, so a field report can name the culprit. */
export const SLOW_QUERY_MS = 100;

type Params = readonly unknown[] | Record<string, unknown>;

export interface StoreOptions {
  log?: Log;
  /** Milliseconds; injectable so the slow-query log can be tested without waiting. */
  clock?: () => number;
}

/**
 * The open database as repositories see it: cached prepared statements that are timed, and
 * synchronous transactions. Repositories take a Store rather than the raw connection so that
 * every statement goes through the slow-query log and no transaction can span an await.
 */
export class Store {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly log: Log;
  private readonly clock: () => number;

  constructor(
    readonly db: BetterSqlite3.Database,
    options: StoreOptions = {},
  ) {
    this.log = options.log ?? consoleLog;
    this.clock = options.clock ?? (() => performance.now());
  }

  run(sql: string, params: Params = []): BetterSqlite3.RunResult {
    return this.timed(sql, () => this.bind(sql, params, 'run') as BetterSqlite3.RunResult);
  }

  get<Row>(sql: string, params: Params = []): Row | undefined {
    return this.timed(sql, () => this.bind(sql, params, 'get') as Row | undefined);
  }

  all<Row>(sql: string, params: Params = []): Row[] {
    return this.timed(sql, () => this.bind(sql, params, 'all') as Row[]);
  }

  /**
   * Runs fn in one transaction (nested calls become savepoints). fn must be synchronous: a
   * transaction left open across an await would hold the write lock and interleave with other
   * requests, so a promise-returning fn is refused and rolled back.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(() => {
      const result = fn();
      if (result instanceof Promise) throw new Error('a store transaction must not be async');
      return result;
    })();
  }

  /** Rows changed through this connection since it was opened: "anything changed" for the close backup. */
  totalChanges(): number {
    return (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  private bind(sql: string, params: Params, method: 'run' | 'get' | 'all'): unknown {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return Array.isArray(params) ? statement[method](...params) : statement[method](params);
  }

  private timed<T>(sql: string, fn: () => T): T {
    const start = this.clock();
    try {
      return fn();
    } finally {
      const elapsed = this.clock() - start;
      if (elapsed > SLOW_QUERY_MS) {
        this.log('warn', `slow query (${Math.round(elapsed)} ms)`, sql.replace(/\s+/g, ' ').trim());
      }
    }
  }
}
