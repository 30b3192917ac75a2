/**
 * The seeds through the real extractor into a real Neo4j: the library's
 * answers the issue asks for (who spoke to whom about a peace conference,
 * Lin Jian → Eli Cohen), cross-article events, reloads, two loaders at once,
 * a bad file, the schema, and the `kg query` command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile, rm, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Row } from '../../src/db.js';
import { loadQuery } from '../../src/graph/cypher-files.js';
import { graphCounts, loadArticles } from '../../src/graph/loader.js';
import { applySchema } from '../../src/graph/schema.js';
import { testConnection, testDb } from '../setup/neo4j.js';

let db: Db;
const SEEDS = path.resolve('seeds');

async function query(name: string, params: Record<string, unknown>): Promise<Row[]> {
  const q = await loadQuery(name);
  return db.read(q.cypher, params);
}

async function wipe() {
  await db.write(
    'MATCH (n) WHERE n:Actor OR n:ActorName OR n:Article OR n:Event OR n:Report OR n:Topic DETACH DELETE n',
  );
}

beforeAll(async () => {
  db = testDb();
  await applySchema(db);
  await wipe();
});
afterAll(async () => {
  await db.close();
});

describe('schema', () => {
  it('is applied idempotently and SHOW CONSTRAINTS lists the unique ids', async () => {
    await applySchema(db);
    const rows = await db.read('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type');
    const got = rows.map(
      (r) => `${(r.labelsOrTypes as string[])[0]}.${(r.properties as string[])[0]}:${r.type}`,
    );
    for (const want of [
      'Actor.id',
      'Article.id',
      'Event.id',
      'Report.id',
      'Topic.name',
      'ActorName.key',
    ])
      expect(got).toContain(`${want}:UNIQUENESS`);
    const idx = await db.read("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name");
    expect(idx.map((r) => r.name)).toEqual(expect.arrayContaining(['actor_names', 'topic_names']));
  });
});

describe('seeds', () => {
  it('loads the seeds', async () => {
    const s = await loadArticles(db, [SEEDS], { batchSize: 2 });
    expect(s.failed).toEqual([]);
    expect(s.files).toBe(5);
    expect(s.written).toBe(5);
    expect(s.totals.articles).toBe(5);
    expect(s.totals.reports).toBeGreaterThan(30);
  });

  it('who-spoke-to-whom-about "peace conference": Wang Yi–Riyad al-Maliki with evidence, not Wang Yi–Eli Cohen', async () => {
    const rows = await query('who-spoke-to-whom-about', {
      topic: 'peace conference',
      from: null,
      to: null,
    });
    const pairs = rows.filter((r) => r.hasListener);
    const names = pairs.map((r) => [r.speaker, r.listener].sort().join(' – '));
    expect(names).toContain('Riyad al-Maliki – Wang Yi');
    expect(names).not.toContain('Eli Cohen – Wang Yi');
    const call = pairs.find(
      (r) => [r.speaker, r.listener].sort().join(' – ') === 'Riyad al-Maliki – Wang Yi',
    )!;
    expect(call.type).toBe('PHONE_CALL');
    const evidence = call.evidence as {
      sentence: string;
      file: string;
      title: string | null;
      kind: string;
    }[];
    // The call itself, and the sentence that puts the peace conference in it (article 004).
    expect(
      evidence.some((e) => e.file.includes('004_') && /peace conference/i.test(e.sentence)),
    ).toBe(true);
    expect(evidence.every((e) => e.sentence && e.file)).toBe(true);
    // Actors who raised it with no listener are listed apart.
    const apart = rows.filter((r) => !r.hasListener).map((r) => r.speaker);
    expect(apart).toContain('China');
    // In a window that excludes October 2023 the call is gone.
    const later = await query('who-spoke-to-whom-about', {
      topic: 'peace conference',
      from: '2024-01-01',
      to: null,
    });
    expect(later.filter((r) => r.hasListener && r.eventId === call.eventId)).toEqual([]);
  });

  // Needs the extractor to read "He later proposed an Israel-Palestine peace conference." (seed 003).
  it('who-spoke-to-whom-about "peace conference" lists Xi Jinping apart (raised it with no listener)', async () => {
    const rows = await query('who-spoke-to-whom-about', {
      topic: 'peace conference',
      from: null,
      to: null,
    });
    expect(rows.filter((r) => !r.hasListener).map((r) => r.speaker)).toContain('Xi Jinping');
  });

  it('merges the seeds’ two reports of each of Wang Yi’s calls of 2023-10-23', async () => {
    for (const other of ['Eli Cohen', 'Riyad al-Maliki']) {
      const evs = await db.read(
        `MATCH (:Actor {name: 'Wang Yi'})<-[:SOURCE|TARGET]-(e:Event {type: 'PHONE_CALL'})-[:SOURCE|TARGET]->(:Actor {name: $other})
         RETURN e.id AS id, e.date AS date, e.reportCount AS reports, e.articleCount AS articles`,
        { other },
      );
      expect(evs, `PHONE_CALL Wang Yi – ${other}`).toHaveLength(1);
      expect(evs[0]).toMatchObject({ reports: 2, articles: 2 });
    }
  });

  it('shortest-paths links Lin Jian to Eli Cohen', async () => {
    const rows = await query('shortest-paths', {
      source: 'Lin Jian',
      target: 'eli cohen',
      types: null,
    });
    expect(rows.length).toBeGreaterThan(0);
    const nodes = rows[0]!.nodes as { name: string }[];
    expect(nodes[0]!.name).toBe('Lin Jian');
    expect(nodes.at(-1)!.name).toBe('Eli Cohen');
  });

  it('every library query runs with its documented parameters', async () => {
    const params: Record<string, Record<string, unknown>> = {
      'actor-interactions': { actor: 'Wang Yi', from: '2023-10-01', to: '2023-10-31' },
      'time-respecting-path': {
        source: 'Wang Yi',
        target: 'Riyad al-Maliki',
        topic: 'peace conference',
      },
      intermediaries: { source: 'Wang Yi', target: 'Israel' },
      'topic-timeline': { topic: 'ceasefire' },
      'central-actors': { limit: 5 },
    };
    for (const [name, p] of Object.entries(params)) {
      const rows = await query(name, p);
      expect(Array.isArray(rows), name).toBe(true);
    }
    const central = await query('central-actors', { limit: 3 });
    expect(central).toHaveLength(3);
    expect(central[0]!.actor).toBe('China');
    const timeline = await query('topic-timeline', { topic: 'ceasefire' });
    expect(timeline.length).toBeGreaterThan(0);
    const mine = await query('actor-interactions', { actor: 'wang yi', from: null, to: null });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.actor === 'Wang Yi')).toBe(true);
  });

  it('reloading the seeds leaves every count equal', async () => {
    const before = await graphCounts(db);
    const rels = await db.read('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
    const s = await loadArticles(db, [SEEDS]);
    expect(s).toMatchObject({ written: 0, unchanged: 5, reports: 0 });
    expect(await graphCounts(db)).toEqual(before);
    expect(await db.read('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t')).toEqual(
      rels,
    );
  });

  it('two loaders at once over overlapping articles create no duplicates', async () => {
    await wipe();
    const files = (await import('node:fs/promises')).readdir(SEEDS);
    const all = (await files).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f));
    await Promise.all([
      loadArticles(db, all.slice(0, 4), { batchSize: 1 }),
      loadArticles(db, all.slice(1).reverse(), { batchSize: 1 }),
    ]);
    const dup = await db.read(`
      CALL () { MATCH (a:Actor) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN 'actor ' + id AS d
      UNION MATCH (e:Event) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN 'event ' + id AS d
      UNION MATCH (e:Event) WITH e.groupKey AS g, e.date AS dt, count(*) AS c WHERE c > 1 AND dt IS NOT NULL RETURN 'group ' + g AS d }
      RETURN d`);
    expect(dup).toEqual([]);
    const concurrent = await graphCounts(db);
    await wipe();
    await loadArticles(db, [SEEDS]);
    expect(concurrent).toEqual(await graphCounts(db));
  });

  it('a file that fails is reported and skipped; the others load', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-load-'));
    try {
      await copyFile(path.join(SEEDS, '004_c5b7436019d598bd.txt'), path.join(dir, 'good.txt'));
      await writeFile(path.join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 255, 0, 0]));
      const s = await loadArticles(db, [dir]);
      expect(s.failed.map((f) => path.basename(f.file))).toEqual(['bad.txt']);
      expect(s.written).toBe(1);
      const [r] = await db.read('MATCH (a:Article) WHERE a.id ENDS WITH $f RETURN count(a) AS c', {
        f: 'bad.txt',
      });
      expect(r!.c).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('`kg query` prints rows as JSON and as a table', () => {
    const c = testConnection();
    const env = {
      ...process.env,
      NEO4J_URI: c.uri,
      NEO4J_USER: c.user,
      NEO4J_PASSWORD: c.password,
    };
    const args = ['bin/kg.js', 'query', 'central-actors', '--param', 'limit=2'];
    const json = spawnSync(process.execPath, [...args, '--json'], { env, encoding: 'utf8' });
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    const table = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^actor\s+\| actorId/);
    const bad = spawnSync(process.execPath, ['bin/kg.js', 'query', 'no-such-query'], {
      env,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });
});
