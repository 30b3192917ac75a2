/**
 * Vitest global setup: gives the integration tests a real Neo4j, trying in
 * order (1) NEO4J_URI from the environment, (2) Testcontainers when a Docker
 * engine answers, (3) the local Neo4j built from Maven Central, started on
 * free ports in a temporary folder and removed at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j-local/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string; kind: string };
  }
}

type Teardown = () => Promise<void>;

async function tryTestcontainers(): Promise<{
  uri: string;
  password: string;
  stop: Teardown;
} | null> {
  try {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const password = 'test-password-123';
    const container = await new Neo4jContainer('neo4j:5.26-community')
      .withPassword(password)
      .start();
    return {
      uri: container.getBoltUri(),
      password,
      stop: async () => void (await container.stop()),
    };
  } catch (err) {
    console.log(`[neo4j] Testcontainers unavailable (${(err as Error).message.split('\n')[0]})`);
    return null;
  }
}

export default async function setup(project: TestProject): Promise<Teardown> {
  const database = process.env.NEO4J_DATABASE || 'neo4j';
  let teardown: Teardown = async () => undefined;
  let conn: { uri: string; user: string; password: string; kind: string };

  if (process.env.NEO4J_URI) {
    conn = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER || 'neo4j',
      password: process.env.NEO4J_PASSWORD || '',
      kind: `external server from NEO4J_URI (${process.env.NEO4J_URI})`,
    };
  } else {
    const tc = await tryTestcontainers();
    if (tc) {
      conn = {
        uri: tc.uri,
        user: 'neo4j',
        password: tc.password,
        kind: 'Testcontainers neo4j:5.26-community',
      };
      teardown = tc.stop;
    } else {
      const home = await mkdtemp(path.join(os.tmpdir(), 'kg-neo4j-test-'));
      const [boltPort, httpPort] = [await freePort(), await freePort()];
      const started = Date.now();
      const info = await startLocalNeo4j({
        home,
        boltPort,
        httpPort,
        heapSize: '1g',
        pagecacheSize: '256m',
        log: (l) => console.log(`[neo4j] ${l}`),
      });
      conn = {
        uri: info.boltUri,
        user: info.user,
        password: info.password,
        kind: `local Neo4j from Maven Central (bolt ${boltPort}, http ${httpPort}, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      };
      teardown = async () => {
        await stopLocalNeo4j(home);
        await rm(home, { recursive: true, force: true });
      };
    }
  }
  console.log(`[neo4j] integration tests run against: ${conn.kind}`);
  project.provide('neo4j', { ...conn, database });
  return teardown;
}
