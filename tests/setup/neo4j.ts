/**
 * Helpers for integration tests: a Db on the Neo4j of the global setup, and
 * a unique id prefix so tests never see each other's data.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db } from '../../src/db.js';

export function testConnection() {
  const n = inject('neo4j');
  return { uri: n.uri, user: n.user, password: n.password, database: n.database };
}

export function testDb(): Db {
  return createDb(testConnection());
}

export function uniqueId(prefix = 't'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}
