/**
 * The one schema runner: applies cypher/schema/*.cypher (idempotent
 * statements, IF NOT EXISTS) at start and in test setup, then waits for the
 * indexes to come online.
 */
import type { Db } from '../db.js';
import { schemaStatements } from './cypher-files.js';

export async function applySchema(db: Db): Promise<number> {
  const statements = await schemaStatements();
  // Schema commands cannot share a transaction with each other: one each.
  for (const s of statements) await db.write(s);
  await db.write('CALL db.awaitIndexes(60)');
  return statements.length;
}
