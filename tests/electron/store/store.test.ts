import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SLOW_QUERY_MS, Store } from '../../../electron/store/store';
import { recordingLog } from '../../fixtures/store/store-fixtures';

function storeWithClock(ticks: number[]) {
  const log = recordingLog();
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (x INTEGER NOT NULL) STRICT');
  const clock = () => ticks.shift() ?? 0;
  return { store: new Store(db, { log, clock }), log, db };
}

describe('Store', () => {
  it('logs a statement slower than the threshold with its SQL', () => {
    const { store, log } = storeWithClock([0, SLOW_QUERY_MS + 50]);
    store.run('INSERT INTO t (x)\n  VALUES (?)', [1]);
    expect(log.entries).toEqual([{ level: 'warn', message: `slow query (${SLOW_QUERY_MS + 50} ms)`, detail: 'INSERT INTO t (x) VALUES (?)' }]);
  });

  it('does not log a fast statement', () => {
    const { store, log } = storeWithClock([0, SLOW_QUERY_MS]);
    expect(store.all('SELECT x FROM t')).toEqual([]);
    expect(log.entries).toEqual([]);
  });

  it('rolls back a transaction that throws half-way', () => {
    const { store } = storeWithClock([]);
    expect(() =>
      store.transaction(() => {
        store.run('INSERT INTO t (x) VALUES (1)');
        store.run('INSERT INTO t (x) VALUES (NULL)');
      }),
    ).toThrow(/NOT NULL/);
    expect(store.all('SELECT x FROM t')).toEqual([]);
  });

  it('refuses an async transaction and rolls back what it wrote before its first await', () => {
    const { store } = storeWithClock([]);
    expect(() =>
      store.transaction(async () => {
        store.run('INSERT INTO t (x) VALUES (1)');
        await Promise.resolve();
      }),
    ).toThrow(/must not be async/);
    expect(store.all('SELECT x FROM t')).toEqual([]);
  });

  it('counts changes made through the connection', () => {
    const { store } = storeWithClock([]);
    expect(store.totalChanges()).toBe(0);
    store.run('INSERT INTO t (x) VALUES (1)');
    expect(store.totalChanges()).toBe(1);
  });
});
