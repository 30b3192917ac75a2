/**
 * API tests against the real Neo4j of the global setup: graph view and its
 * filters, search, actor and event panels, read-only Cypher, ingest auth,
 * validation errors, OpenAPI, and 503 when Neo4j is down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db.js';
import { createDb } from '../../src/db.js';
import { applySchema } from '../../src/graph/schema.js';
import { testDb, uniqueId } from '../setup/neo4j.js';
import { writeFixture, type Fixture } from './fixture.js';
import { getJson, postJson, startApp, testConfig, TEST_TOKEN, type RunningApp } from './server.js';

let db: Db;
let app: RunningApp;
let fx: Fixture;
const tag = uniqueId('api');

beforeAll(async () => {
  db = testDb();
  await applySchema(db);
  fx = await writeFixture(db, tag);
  app = await startApp({
    db,
    config: testConfig({ KG_QUERY_ROW_CAP: '3', KG_QUERY_TIMEOUT_MS: '1500' }),
    graphCacheTtlMs: 0,
  });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

const mine = (ids: string[]) => ids.filter((id) => id.endsWith(tag));
const myEdges = (ids: string[]) => {
  const own = new Set(Object.values(fx.eventIds));
  return ids.filter((id) => own.has(id)).sort();
};
const ev = (k: string) => fx.eventIds[k]!;

describe('GET /api/health', () => {
  it('reports Neo4j up', async () => {
    const res = await getJson(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.body.neo4j.up).toBe(true);
  });
});

describe('GET /api/graph', () => {
  it('returns actors and one edge per event with a target', async () => {
    const res = await getJson(`${app.url}/api/graph`);
    expect(res.status).toBe(200);
    const nodeIds = mine(res.body.nodes.map((n: { id: string }) => n.id));
    expect(nodeIds.sort()).toEqual(
      [
        fx.id('country', 'China'),
        fx.id('person', 'Eli Cohen'),
        fx.id('organization', 'Hamas'),
        fx.id('country', 'Israel'),
        fx.id('person', 'Riyad al-Maliki'),
        fx.id('person', 'Wang Yi'),
      ].sort(),
    );
    const own = new Set(Object.values(fx.eventIds));
    const edges = res.body.edges.filter((e: { id: string }) => own.has(e.id));
    expect(edges).toHaveLength(4); // the PROPOSAL has no target
    const call = edges.find((e: { id: string }) => e.id === ev('call-maliki'));
    // A call is symmetric: the graph stores its two sides in a canonical order.
    expect([call.source, call.target].sort()).toEqual(
      [fx.id('person', 'Wang Yi'), fx.id('person', 'Riyad al-Maliki')].sort(),
    );
    expect(call).toMatchObject({
      type: 'PHONE_CALL',
      date: '2023-10-23',
      topics: ['peace conference'],
    });
  });

  it('filters by type, topic, kind and date range', async () => {
    const ids = async (qs: string) =>
      myEdges(
        (await getJson(`${app.url}/api/graph?${qs}`)).body.edges.map((e: { id: string }) => e.id),
      );
    expect(await ids('types=PHONE_CALL')).toEqual([ev('call-cohen'), ev('call-maliki')].sort());
    expect(await ids('topics=peace%20conference')).toEqual([ev('call-maliki')]);
    expect(await ids('kinds=organization,country')).toEqual([ev('attack')]);
    // A month-only date (the APPEAL, 2023-10) counts as inside a range starting mid-month.
    expect(await ids('from=2023-10-15&to=2023-10-31')).toEqual(
      [ev('appeal-israel'), ev('call-cohen'), ev('call-maliki')].sort(),
    );
    expect(await ids('to=2023-10-10&types=ATTACK,APPEAL')).toEqual(
      [ev('appeal-israel'), ev('attack')].sort(),
    );
    const filtered = await getJson(`${app.url}/api/graph?types=ATTACK`);
    // Filtered views draw only the ends of kept edges.
    expect(mine(filtered.body.nodes.map((n: { id: string }) => n.id)).sort()).toEqual(
      [fx.id('organization', 'Hamas'), fx.id('country', 'Israel')].sort(),
    );
  });

  it('serves gzip (bodies over 1 KB) and answers 304 to a matching ETag', async () => {
    const res = await fetch(`${app.url}/api/graph`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const etag = res.headers.get('etag')!;
    await res.arrayBuffer();
    const again = await fetch(`${app.url}/api/graph`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('rejects unknown types, kinds and bad dates with 400 and a message', async () => {
    for (const qs of [
      'types=HUG',
      'kinds=planet',
      'from=2023-13-01',
      'from=2023-11&to=2023-10',
      'limit=0',
    ]) {
      const res = await getJson(`${app.url}/api/graph?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(res.body.error.type).toBe('InvalidInputError');
      expect(res.body.error.message).toMatch(/Invalid input/);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});

describe('GET /api/search', () => {
  const hex = tag.split('-')[1]!;
  it('finds an actor by name prefix (autocomplete)', async () => {
    const res = await getJson(`${app.url}/api/search?q=${encodeURIComponent(`wan ${hex}`)}`);
    expect(res.status).toBe(200);
    expect(res.body.hits[0]).toMatchObject({ id: fx.id('person', 'Wang Yi'), kind: 'person' });
    expect(res.body.hits[0].events).toBe(3);
  });
  it('finds by alias and filters by kind; Lucene syntax in input is harmless', async () => {
    const byKind = await getJson(`${app.url}/api/search?q=${hex}&kinds=country&limit=10`);
    expect(byKind.body.hits.map((h: { id: string }) => h.id).sort()).toEqual(
      [fx.id('country', 'China'), fx.id('country', 'Israel')].sort(),
    );
    const weird = await getJson(
      `${app.url}/api/search?q=${encodeURIComponent('al-maliki" OR *:* (')}`,
    );
    expect(weird.status).toBe(200);
  });
  it('requires q', async () => {
    expect((await getJson(`${app.url}/api/search`)).status).toBe(400);
  });
});

describe('GET /api/actors/:id and /api/events/:id', () => {
  it('gives roles and events with evidence and article links', async () => {
    const res = await getJson(
      `${app.url}/api/actors/${encodeURIComponent(fx.id('person', 'Wang Yi'))}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.actor.name).toBe(fx.name('Wang Yi'));
    expect(res.body.roles).toEqual([
      expect.objectContaining({
        title: 'Foreign Minister',
        at: expect.objectContaining({ id: fx.id('country', 'China') }),
      }),
    ]);
    expect(res.body.eventCount).toBe(3);
    const call = res.body.events.find((e: { id: string }) => e.id === ev('call-maliki'));
    expect([call.source.id, call.target.id]).toContain(fx.id('person', 'Riyad al-Maliki'));
    expect(call.reports[0].evidence).toMatch(/peace conference/);
    expect(call.reports[0].article).toMatchObject({
      url: `https://example.org/${tag}`,
      title: fx.article.title,
    });
  });
  it('gives an event with its reports', async () => {
    const res = await getJson(`${app.url}/api/events/${encodeURIComponent(ev('attack'))}`);
    expect(res.status).toBe(200);
    expect(res.body.event.type).toBe('ATTACK');
    expect(res.body.source.id).toBe(fx.id('organization', 'Hamas'));
    expect(res.body.reports[0].evidence).toContain('<script>');
  });
  it('404s unknown ids', async () => {
    const a = await getJson(`${app.url}/api/actors/nobody-${tag}`);
    expect(a.status).toBe(404);
    expect(a.body.error.message).toMatch(/No actor/);
    expect((await getJson(`${app.url}/api/events/none-${tag}`)).status).toBe(404);
  });
});

describe('POST /api/cypher', () => {
  const url = () => `${app.url}/api/cypher`;
  it('returns rows and the graph of returned paths', async () => {
    const res = await postJson(url(), {
      query:
        'MATCH p = (a:Actor)-[r:PHONE_CALL]->(b:Actor) WHERE a.id ENDS WITH $tag RETURN p, b.name AS name ORDER BY name',
      params: { tag },
    });
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['p', 'name']);
    expect(res.body.rows).toHaveLength(2);
    expect(res.body.truncated).toBe(false);
    expect(res.body.graph.nodes).toHaveLength(3);
    expect(res.body.graph.relationships).toHaveLength(2);
  });
  it('caps rows and says so', async () => {
    const res = await postJson(url(), {
      query: 'UNWIND range(1, $n) AS x RETURN x',
      params: { n: 100 },
    });
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.truncated).toBe(true);
  });
  it('refuses writes with 403', async () => {
    const res = await postJson(url(), { query: `CREATE (:Actor {id: '${tag}-evil'})` });
    expect(res.status).toBe(403);
    expect(res.body.error.type).toBe('QueryRejectedError');
    const left = await db.read('MATCH (a:Actor {id: $id}) RETURN a', { id: `${tag}-evil` });
    expect(left).toHaveLength(0);
  });
  it('stops a query past the time limit with 408', async () => {
    const res = await postJson(url(), {
      query: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 8 RETURN count(*)',
    });
    expect(res.status).toBe(408);
    expect(res.body.error.type).toBe('QueryTimeoutError');
  });
  it('answers a syntax error or a missing query with 400', async () => {
    expect((await postJson(url(), { query: 'MATCH (n RETURN n' })).status).toBe(400);
    expect((await postJson(url(), {})).status).toBe(400);
    const bad = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toMatch(/node_modules|at .*\.js:\d+/);
  });
});

describe('ingest auth', () => {
  it('401 without or with a wrong token; 403 when no token is configured', async () => {
    const body = { text: 'Wang Yi met Eli Cohen.' };
    expect((await postJson(`${app.url}/api/ingest/preview`, body)).status).toBe(401);
    const wrong = await postJson(`${app.url}/api/ingest/preview`, body, {
      authorization: 'Bearer not-the-token-at-all',
    });
    expect(wrong.status).toBe(401);
    const noToken = await startApp({ db, config: testConfig({ KG_INGEST_TOKEN: '' }) });
    try {
      const res = await postJson(`${noToken.url}/api/ingest/preview`, body, {
        authorization: `Bearer ${TEST_TOKEN}`,
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/KG_INGEST_TOKEN/);
    } finally {
      await noToken.close();
    }
  });
});

describe('errors and docs', () => {
  it('404s unknown API paths as JSON', async () => {
    const res = await getJson(`${app.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/No API endpoint/);
  });
  it('serves the OpenAPI description at /api/docs', async () => {
    const res = await getJson(`${app.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/graph', '/api/search', '/api/cypher', '/api/ingest/preview']),
    );
  });
  it('mounts the Neo4j Browser guide', async () => {
    const res = await fetch(`${app.url}/guide`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<article class="guide">');
  });
  it('answers 503 with a clear message when Neo4j is down', async () => {
    const down = createDb({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    const downApp = await startApp({ db: down, config: testConfig() });
    try {
      for (const path of ['/api/graph', '/api/search?q=wang', '/api/health']) {
        const res = await getJson(`${downApp.url}${path}`);
        expect(res.status, path).toBe(503);
        expect(JSON.stringify(res.body)).toMatch(/Neo4j is not available/);
      }
      const cy = await postJson(`${downApp.url}/api/cypher`, { query: 'RETURN 1' });
      expect(cy.status).toBe(503);
    } finally {
      await downApp.close();
      await down.close();
    }
  });
});

describe('path questions', () => {
  const own = (answers: { hops: { from: { name: string } }[] }[]) =>
    answers.filter((a) => a.hops[0]!.from.name.endsWith(tag));
  it('who spoke to whom about a topic: the pair and its evidence', async () => {
    const res = await getJson(`${app.url}/api/paths/who-spoke-to-whom?topic=peace%20conference`);
    expect(res.status).toBe(200);
    const answers = own(res.body.answers);
    const pairs = answers.map((a) => {
      const h = (a as { hops: { from: { name: string }; to: { name: string } | null }[] }).hops[0]!;
      return [h.from.name, h.to?.name].sort().join(' – ');
    });
    expect(pairs).toContain([fx.name('Riyad al-Maliki'), fx.name('Wang Yi')].sort().join(' – '));
    expect(pairs.join('\n')).not.toContain(fx.name('Eli Cohen'));
    const hop = res.body.answers.find(
      (a: { hops: { eventId: string }[] }) => a.hops[0]!.eventId === ev('call-maliki'),
    ).hops[0];
    expect(hop.evidence[0].sentence).toMatch(/peace conference/);
    expect(hop.evidence[0].url).toBe(`https://example.org/${tag}`);
  });
  it('shortest paths by name, optionally through given types', async () => {
    const q = (extra = '') =>
      getJson(
        `${app.url}/api/paths/shortest?source=${encodeURIComponent(fx.name('Eli Cohen'))}&target=${encodeURIComponent(fx.name('Israel'))}${extra}`,
      );
    const res = await q();
    expect(res.status).toBe(200);
    const first = res.body.answers[0];
    expect(first.hops.map((h: { from: { name: string } }) => h.from.name)).toEqual([
      fx.name('Eli Cohen'),
      fx.name('Wang Yi'),
    ]);
    expect(first.hops.map((h: { type: string }) => h.type)).toEqual(['PHONE_CALL', 'APPEAL']);
    expect(first.hops[1].to.name).toBe(fx.name('Israel'));
    expect(first.hops[0].evidence[0].sentence).toMatch(/phone call/);
    const onlyCalls = await q('&types=PHONE_CALL');
    expect(onlyCalls.body.answers).toEqual([]);
  });
  it('time-respecting chains about a topic, and intermediaries', async () => {
    const src = encodeURIComponent(fx.name('Wang Yi'));
    const dst = encodeURIComponent(fx.name('Riyad al-Maliki'));
    const timed = await getJson(
      `${app.url}/api/paths/time-respecting?source=${src}&target=${dst}&topic=peace%20conference`,
    );
    expect(timed.status).toBe(200);
    expect(timed.body.answers[0].hops).toHaveLength(1);
    expect(timed.body.answers[0].hops[0]).toMatchObject({
      type: 'PHONE_CALL',
      date: '2023-10-23',
      eventId: ev('call-maliki'),
    });
    const none = await getJson(
      `${app.url}/api/paths/time-respecting?source=${src}&target=${dst}&topic=terrorism`,
    );
    expect(none.body.answers).toEqual([]);
    const mid = await getJson(
      `${app.url}/api/paths/intermediaries?source=${encodeURIComponent(fx.name('Eli Cohen'))}&target=${encodeURIComponent(fx.name('Israel'))}`,
    );
    expect(mid.status).toBe(200);
    expect(mid.body.rows.map((r: { intermediary: string }) => r.intermediary)).toContain(
      fx.name('Wang Yi'),
    );
  });
  it('validates path inputs', async () => {
    expect((await getJson(`${app.url}/api/paths/shortest?source=a`)).status).toBe(400);
    expect((await getJson(`${app.url}/api/paths/time-respecting?source=a&target=b`)).status).toBe(
      400,
    );
    expect((await getJson(`${app.url}/api/paths/who-spoke-to-whom`)).status).toBe(400);
  });
});

describe('POST /api/ingest (real extractor and writer)', () => {
  it('previews an article, then commits it on confirmation', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const text = [
      `# Wang Yi holds phone call with Eli Cohen <script>alert(1)</script> ${tag}`,
      '**2023-10-24 01:49**',
      '',
      'Chinese Foreign Minister Wang Yi held a phone call with Israeli Foreign Minister Eli Cohen on Monday, calling for a ceasefire.',
    ].join('\n');
    const preview = await postJson(
      `${app.url}/api/ingest/preview`,
      { text, filename: `${tag}.md` },
      auth,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.article.title).toContain('<script>');
    expect(preview.body.article.actors.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['Wang Yi', 'Eli Cohen']),
    );
    const mineQ =
      'MATCH (a:Article) WHERE a.title CONTAINS $tag AND a.title CONTAINS "phone call" RETURN a.title AS t';
    const before = await db.read(mineQ, { tag });
    expect(before).toHaveLength(0);
    const commit = await postJson(
      `${app.url}/api/ingest/commit`,
      { previewId: preview.body.previewId },
      auth,
    );
    expect(commit.status).toBe(201);
    expect(commit.body.written).toBe(1);
    const after = await db.read(mineQ, { tag });
    expect(after).toHaveLength(1);
    const again = await postJson(
      `${app.url}/api/ingest/commit`,
      { previewId: preview.body.previewId },
      auth,
    );
    expect(again.status).toBe(404);
  });
  it('takes a raw file body too, and validates', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const res = await getJson(`${app.url}/api/ingest/preview?filename=${tag}.txt`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...auth },
      body: 'Wang Yi met Eli Cohen in Beijing on Monday.',
    });
    expect(res.status).toBe(200);
    expect(res.body.previewId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await postJson(`${app.url}/api/ingest/preview`, { text: '' }, auth)).status).toBe(400);
    expect((await postJson(`${app.url}/api/ingest/commit`, { previewId: 'x' }, auth)).status).toBe(
      400,
    );
  });
});
