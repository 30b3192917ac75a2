/**
 * `npm start`: with no NEO4J_URI, starts the local Neo4j (Maven-built) if it
 * is not running; then applies the schema, loads seeds/ and serves the app.
 * Ctrl-C closes the server and the driver (the local Neo4j keeps running;
 * `npm run neo4j:stop` stops it).
 */
import { externalConnection, loadConfig, type Config, type Neo4jConnection } from './config.js';
import { createDb } from './db.js';
import { KgError } from './errors.js';
import { loadArticles } from './graph/loader.js';
import { applySchema } from './graph/schema.js';
import { localNeo4jOptions, startLocalNeo4j } from './neo4j-local/local-neo4j.js';
import { createApp } from './server/app.js';

async function connection(config: Config): Promise<Neo4jConnection> {
  const external = externalConnection(config);
  if (external) return external;
  const info = await startLocalNeo4j(localNeo4jOptions(config, (l) => console.log(l)));
  console.log(
    `Local Neo4j: ${info.boltUri}; Neo4j Browser ${info.browserUrl} (user ${info.user}, password ${info.password})`,
  );
  return {
    uri: info.boltUri,
    user: info.user,
    password: info.password,
    database: config.NEO4J_DATABASE,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const db = createDb(await connection(config));
  await db.verify();
  const statements = await applySchema(db);
  console.log(`Schema applied (${statements} statements).`);
  if (config.KG_LOAD_SEEDS) {
    // Loading is idempotent: unchanged articles are skipped, so every start can do it.
    const summary = await loadArticles(db, [config.KG_SEEDS_DIR]);
    const t = summary.totals;
    console.log(
      `Loaded ${config.KG_SEEDS_DIR}/: ${summary.written} new or changed, ${summary.unchanged} unchanged, ` +
        `${summary.failed.length} failed; graph holds ${t.articles} articles, ${t.actors} actors, ` +
        `${t.events} events, ${t.reports} reports (${summary.seconds.toFixed(1)} s).`,
    );
    for (const f of summary.failed) console.warn(`  skipped ${f.file}: ${f.error}`);
  }
  const app = createApp({ db, config });
  const server = app.listen(config.PORT, config.HOST, () => {
    console.log(
      `App ready on http://localhost:${config.PORT} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });
  server.on('error', (err) => {
    console.error(`Cannot listen on port ${config.PORT}: ${err.message} (set PORT)`);
    process.exit(1);
  });
  const shutdown = () => {
    console.log('Stopping...');
    server.close(() => void db.close().then(() => process.exit(0)));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof KgError ? `Error: ${err.message}` : err);
  process.exit(1);
});
