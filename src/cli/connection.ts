/**
 * The CLI's Neo4j connection: NEO4J_URI and NEO4J_PASSWORD from the
 * environment when set, else the local instance (bolt://localhost:NEO4J_BOLT_PORT
 * with the password it generated at first start). `openDb` checks that Neo4j
 * answers and otherwise fails with a message saying how to start it.
 */
import { externalConnection, loadConfig, type Config, type Neo4jConnection } from '../config.js';
import { createDb, type Db } from '../db.js';
import { DatabaseUnavailableError } from '../errors.js';
import { localPassword } from '../neo4j-local/local-neo4j.js';

export async function cliConnection(config: Config = loadConfig()): Promise<Neo4jConnection> {
  const external = externalConnection(config);
  if (external) return external;
  return {
    uri: `bolt://localhost:${config.NEO4J_BOLT_PORT}`,
    user: config.NEO4J_USER,
    password: await localPassword(config.NEO4J_LOCAL_DIR, config.NEO4J_PASSWORD),
    database: config.NEO4J_DATABASE,
  };
}

/** A Db on the configured Neo4j, verified; a clear error when Neo4j is down. */
export async function openDb(config: Config = loadConfig()): Promise<Db> {
  const conn = await cliConnection(config);
  const db = createDb(conn);
  try {
    await db.verify();
  } catch (err) {
    await db.close();
    const hint = config.NEO4J_URI
      ? 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.'
      : 'Start the local Neo4j with: npm run neo4j:start';
    throw new DatabaseUnavailableError(
      `Neo4j is not reachable at ${conn.uri} (${(err as Error).message.split('\n')[0]}).\n${hint}`,
      { cause: err },
    );
  }
  return db;
}
