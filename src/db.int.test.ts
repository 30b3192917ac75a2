/** The db module against the real Neo4j: conversion to plain JS, read-only mode, timeouts, errors. */
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './db.js';
import { DatabaseUnavailableError, QueryRejectedError, QueryTimeoutError } from './errors.js';
import { testConnection, testDb, uniqueId } from '../tests/setup/neo4j.js';

const db = testDb();
afterAll(() => db.close());

describe('db module', () => {
  it('connects and converts driver values to plain JS', async () => {
    await db.verify();
    const [row] = await db.read(
      'RETURN 42 AS n, date("2023-10-23") AS d, [1, 2] AS list, {a: 1} AS map',
    );
    expect(row).toEqual({ n: 42, d: '2023-10-23', list: [1, 2], map: { a: 1 } });
  });

  it('returns nodes and relationships as plain objects', async () => {
    const id = uniqueId();
    const [row] = await db.write(
      'CREATE (a:DbTest {id: $id})-[r:LINK {w: 1}]->(b:DbTest {id: $id + "b"}) RETURN a, r',
      { id },
    );
    expect(row?.a).toMatchObject({ labels: ['DbTest'], properties: { id } });
    expect(row?.r).toMatchObject({ type: 'LINK', properties: { w: 1 } });
    await db.write('MATCH (n:DbTest) WHERE n.id STARTS WITH $id DETACH DELETE n', { id });
  });

  it('refuses writes in a read transaction', async () => {
    await expect(db.read('CREATE (:ShouldNotExist)')).rejects.toBeInstanceOf(QueryRejectedError);
    const [row] = await db.read('MATCH (n:ShouldNotExist) RETURN count(n) AS c');
    expect(row?.c).toBe(0);
  });

  it('stops a runaway query at its timeout', async () => {
    await expect(
      db.read(
        'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*) AS c',
        {},
        { timeoutMs: 300 },
      ),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  it('reports an unreachable server as DatabaseUnavailableError', async () => {
    const down = createDb({ ...testConnection(), uri: 'bolt://127.0.0.1:1' });
    await expect(down.verify()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(await down.isUp()).toBe(false);
    await down.close();
  });
});
