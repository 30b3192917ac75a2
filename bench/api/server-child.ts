/**
 * The app in a process of its own for the benchmark (as in production: the
 * load generator must not share the server's event loop). Connection from
 * NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD; prints `LISTENING <url>` when ready.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { createDb } from '../../src/db.js';
import { createApp } from '../../src/server/app.js';

const config = loadConfig();
const db = createDb({
  uri: process.env.NEO4J_URI!,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD!,
  database: 'neo4j',
});
await db.verify();
const server = createApp({ db, config }).listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`LISTENING http://127.0.0.1:${port}`);
});
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void db.close().then(() => process.exit(0)));
});
