/**
 * A private stack for the API benchmark and for looking at the app by hand:
 * a local Neo4j in a temporary folder on free ports (never the shared one),
 * the schema, the seeds through the real loader and optionally synthetic
 * articles through the real writer, and the app on a free port.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createDb, type Db } from '../../src/db.js';
import { graphCounts, loadArticles } from '../../src/graph/loader.js';
import { applySchema } from '../../src/graph/schema.js';
import { writeArticles } from '../../src/graph/writer.js';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j-local/local-neo4j.js';
import { createApp } from '../../src/server/app.js';
import type { ExtractedArticle } from '../../src/extract/types.js';

export interface Stack {
  db: Db;
  url: string;
  neo4jUri: string;
  stop(): Promise<void>;
}

/**
 * A private Neo4j: in a fresh temporary folder (removed on stop), or in
 * `keepHome` (kept on stop, so a large benchmark graph is built only once).
 */
export async function startNeo4j(log: (l: string) => void = () => undefined, keepHome?: string) {
  const home = keepHome
    ? path.resolve(keepHome)
    : await mkdtemp(path.join(os.tmpdir(), 'kg-neo4j-bench-'));
  if (keepHome) await mkdir(home, { recursive: true });
  const info = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heapSize: '2g',
    pagecacheSize: '1g',
    log,
  });
  const db = createDb({
    uri: info.boltUri,
    user: info.user,
    password: info.password,
    database: 'neo4j',
  });
  await db.verify();
  await applySchema(db);
  return {
    db,
    uri: info.boltUri,
    user: info.user,
    password: info.password,
    async stop() {
      await db.close();
      await stopLocalNeo4j(home);
      if (!keepHome) await rm(home, { recursive: true, force: true });
    },
  };
}

export async function loadSeeds(db: Db, dir = 'seeds'): Promise<void> {
  const s = await loadArticles(db, [dir]);
  if (s.failed.length) throw new Error(`Seeds failed to load: ${JSON.stringify(s.failed)}`);
}

/** Writes articles from an iterator in batches; returns the graph's counts. */
export async function writeMany(
  db: Db,
  articles: Iterable<ExtractedArticle>,
  onProgress?: (n: number) => void,
  batch = 500,
) {
  let buf: ExtractedArticle[] = [];
  let n = 0;
  for (const a of articles) {
    buf.push(a);
    if (buf.length >= batch) {
      await writeArticles(db, buf, { batchSize: batch });
      n += buf.length;
      buf = [];
      onProgress?.(n);
    }
  }
  if (buf.length) await writeArticles(db, buf, { batchSize: batch });
  return graphCounts(db);
}

export async function serveApp(db: Db, env: Record<string, string> = {}, port = 0) {
  const config = loadConfig({ KG_INGEST_TOKEN: 'bench-ingest-token-0123456789', ...env });
  const app = createApp({ db, config });
  const server: Server = app.listen(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port: p } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${p}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The app in a child process (tsx), on a free port; resolves once it listens. */
export async function spawnApp(conn: { uri: string; user: string; password: string }) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api/server-child.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
      KG_INGEST_TOKEN: 'bench-ingest-token-0123456789',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
