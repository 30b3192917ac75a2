/**
 * Runs Neo4j Community assembled from Maven Central (neo4j/pom.xml) as a
 * background Java process: no Docker needed. The jars live in neo4j/lib
 * (git-ignored); each instance has its own home folder holding conf/, data/,
 * logs/, run/, its pid and its generated password.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.js';
import { PrerequisiteError, KgError } from '../errors.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j');
const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export interface LocalNeo4jOptions {
  /** Instance home (conf, data, logs). Relative paths are taken from the project root. */
  home: string;
  boltPort: number;
  httpPort: number;
  heapSize: string;
  pagecacheSize: string;
  /** Password to set; when absent one is generated once and kept in the home folder. */
  password?: string;
  /** The app's base URL (e.g. http://localhost:3000): Neo4j Browser may load its guide and style. */
  appUrl?: string;
  log?: (line: string) => void;
}

export interface LocalNeo4jInfo {
  pid: number;
  boltUri: string;
  browserUrl: string;
  user: string;
  password: string;
  home: string;
}

/** Options of the configured local instance (NEO4J_* variables, the app's URL for the guide). */
export function localNeo4jOptions(config: Config, log?: (line: string) => void): LocalNeo4jOptions {
  return {
    home: config.NEO4J_LOCAL_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    httpPort: config.NEO4J_HTTP_PORT,
    heapSize: config.NEO4J_HEAP_SIZE,
    pagecacheSize: config.NEO4J_PAGECACHE_SIZE,
    password: config.NEO4J_PASSWORD,
    appUrl: `http://localhost:${config.PORT}`,
    log,
  };
}

const javaMissing = (detail: string) =>
  new PrerequisiteError(
    `${detail}\nThe local Neo4j needs Java 17+ and Maven 3.8+ (Debian: apt-get install -y openjdk-17-jre-headless maven).\n` +
      `Alternatives: run "docker compose up" (Docker), or point the app at any Neo4j 5 with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`,
  );

/** Checks that Java 17+ is on the PATH (or JAVA_HOME) and returns its binary. */
export function findJava(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw javaMissing('Java was not found.');
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17)
    throw javaMissing(`Java ${major || '(unknown version)'} found; Neo4j 5 needs 17 or newer.`);
  return java;
}

/** Assembles neo4j/lib with Maven unless it is already there. */
export async function ensureJars(log: (line: string) => void = () => undefined): Promise<void> {
  if (existsSync(LIB_DIR) && (await readdir(LIB_DIR)).some((f) => f.startsWith('neo4j-server')))
    return;
  const mvnCheck = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvnCheck.error || mvnCheck.status !== 0) throw javaMissing('Maven (mvn) was not found.');
  log('Assembling Neo4j Community from Maven Central (about 140 MB on first run)...');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'mvn',
      ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`],
      { cwd: NEO4J_DIR, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new KgError(`Maven failed with exit code ${code}`)),
    );
  });
  log(`Neo4j jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

function neo4jConf(o: LocalNeo4jOptions): string {
  const hosts = ['localhost', '127.0.0.1'];
  if (o.appUrl) hosts.push(new URL(o.appUrl).hostname);
  return [
    '# Written by src/neo4j-local on every start; edit the environment, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=localhost',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=localhost:${o.boltPort}`,
    `server.http.listen_address=127.0.0.1:${o.httpPort}`,
    `server.http.advertised_address=localhost:${o.httpPort}`,
    'server.https.enabled=false',
    'server.bolt.tls_level=DISABLED',
    `server.memory.heap.initial_size=${o.heapSize}`,
    `server.memory.heap.max_size=${o.heapSize}`,
    `server.memory.pagecache.size=${o.pagecacheSize}`,
    'server.directories.import=import',
    'db.tx_log.rotation.retention_policy=1 days',
    // Lets Neo4j Browser load the app's guide (:play http://localhost:3000/guide).
    `browser.remote_content_hostname_whitelist=${[...new Set(hosts)].join(',')}`,
    // On connect, Browser takes the app's style (captions, colours by kind) and opens its guide.
    ...(o.appUrl
      ? [`browser.post_connect_cmd=style ${o.appUrl}/guide/style.grass; play ${o.appUrl}/guide`]
      : []),
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}

const homeOf = (home: string) => path.resolve(PROJECT_ROOT, home);
const pidFile = (home: string) => path.join(homeOf(home), 'run', 'neo4j-local.pid');
const passwordFile = (home: string) => path.join(homeOf(home), 'password');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readPid(home: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(pidFile(home), 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** The password of this instance: the configured one, else the one generated at its first start. */
export async function localPassword(home: string, configured?: string): Promise<string> {
  if (configured) return configured;
  try {
    return (await readFile(passwordFile(home), 'utf8')).trim();
  } catch {
    const generated = randomBytes(12).toString('base64url');
    await mkdir(homeOf(home), { recursive: true });
    await writeFile(passwordFile(home), `${generated}\n`, { mode: 0o600 });
    return generated;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until Bolt accepts a login, setting the password on a new database. */
async function waitForBolt(
  o: LocalNeo4jOptions,
  password: string,
  pid: number,
  timeoutMs: number,
): Promise<void> {
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      throw new KgError(
        `Neo4j exited during start-up; see ${path.join(homeOf(o.home), 'logs', 'neo4j.log')}`,
      );
    }
    if (await portOpen(o.boltPort)) {
      for (const [user, pw] of [
        ['neo4j', password],
        ['neo4j', 'neo4j'],
      ] as const) {
        const driver = neo4j.driver(uri, neo4j.auth.basic(user, pw), {
          logging: { level: 'error', logger: () => undefined },
        });
        try {
          if (pw === 'neo4j') {
            // First start: the default password must be changed before any other query.
            await driver.executeQuery(
              'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
              { old: 'neo4j', new: password },
              { database: 'system' },
            );
          }
          await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
          return;
        } catch (err) {
          lastError = (err as Error).message;
        } finally {
          await driver.close();
        }
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new KgError(`Neo4j did not answer on Bolt within ${timeoutMs / 1000} s: ${lastError}`);
}

/** Starts the instance in the background (or returns the running one) and waits for Bolt. */
export async function startLocalNeo4j(o: LocalNeo4jOptions): Promise<LocalNeo4jInfo> {
  const log = o.log ?? (() => undefined);
  const home = homeOf(o.home);
  const password = await localPassword(o.home, o.password);
  const info = (pid: number): LocalNeo4jInfo => ({
    pid,
    boltUri: `bolt://localhost:${o.boltPort}`,
    browserUrl: `http://localhost:${o.httpPort}/browser/`,
    user: 'neo4j',
    password,
    home,
  });
  const running = await readPid(o.home);
  if (running) {
    await waitForBolt(o, password, running, 120_000);
    return info(running);
  }
  const java = findJava();
  await ensureJars(log);
  for (const port of [o.boltPort, o.httpPort]) {
    if (await portOpen(port)) {
      throw new KgError(
        `Port ${port} is already in use; set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT, or NEO4J_URI to use that server.`,
      );
    }
  }
  for (const dir of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    await mkdir(path.join(home, dir), { recursive: true });
  }
  await writeFile(path.join(home, 'conf', 'neo4j.conf'), neo4jConf(o));
  const out = openSync(path.join(home, 'logs', 'console.log'), 'a');
  const child = spawn(
    java,
    [
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      `${LIB_DIR}/*`,
      ENTRY_POINT,
      `--home-dir=${home}`,
      `--config-dir=${path.join(home, 'conf')}`,
    ],
    { cwd: home, detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  if (!child.pid) throw new KgError('Could not start Java for Neo4j');
  await writeFile(pidFile(o.home), `${child.pid}\n`);
  log(`Neo4j starting (pid ${child.pid}), home ${home}...`);
  await waitForBolt(o, password, child.pid, 180_000);
  return info(child.pid);
}

/** Stops the instance (SIGTERM, then SIGKILL after 60 s). Returns false if it was not running. */
export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const pid = await readPid(home);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  await rm(pidFile(home), { force: true });
  return true;
}

export async function localNeo4jStatus(
  home: string,
): Promise<{ running: boolean; pid: number | null }> {
  const pid = await readPid(home);
  return { running: pid !== null, pid };
}
