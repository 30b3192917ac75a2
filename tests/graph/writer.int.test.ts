/**
 * The graph writer against a real Neo4j, on articles built here: event
 * merging across articles, two calls on different days, idempotent reloads,
 * replacement of a changed article, statements that give a call its subject,
 * and two writers at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db.js';
import { applySchema } from '../../src/graph/schema.js';
import { writeArticles } from '../../src/graph/writer.js';
import { testDb, uniqueId } from '../setup/neo4j.js';
import { article, countsFor, eventsBetween } from './helpers.js';

let db: Db;
beforeAll(async () => {
  db = testDb();
  await applySchema(db);
});
afterAll(async () => {
  await db.close();
});

/** A fresh namespace: file prefix and actor-name tag. */
function scope() {
  const id = uniqueId('w');
  const tag = id.replace('-', '');
  return { dir: `${id}/`, tag, n: (name: string) => `${tag} ${name}` };
}

describe('events across articles', () => {
  it('merges reports of one call from two articles into one event with two reports', async () => {
    const { dir, tag, n } = scope();
    await writeArticles(db, [
      article(`${dir}a.txt`, '2023-10-24', [
        { type: 'PHONE_CALL', source: n('Wang'), target: n('Cohen'), date: '2023-10-23' },
      ]),
      // Other order of the pair, no date: same call.
      article(`${dir}b.txt`, null, [{ type: 'PHONE_CALL', source: n('Cohen'), target: n('Wang') }]),
    ]);
    const evs = await eventsBetween(db, 'PHONE_CALL', n('Wang'), n('Cohen'));
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ date: '2023-10-23', reportCount: 2 });
    const c = await countsFor(db, dir, tag);
    expect(c).toMatchObject({ articles: 2, reports: 2, events: 1, actors: 2, typed: 1 });
    const [ev] = await db.read(
      `MATCH (e:Event {id: $id})<-[:REPORTS]-(r:Report)-[:IN_ARTICLE]->(a:Article)
       RETURN collect(a.id) AS articles, collect(r.evidence) AS evidence`,
      { id: evs[0]!.id },
    );
    expect((ev!.articles as string[]).sort()).toEqual([`${dir}a.txt`, `${dir}b.txt`]);
    expect(ev!.evidence).toHaveLength(2);
  });

  it('keeps two calls between the same pair on different dates as two events', async () => {
    const { dir, n } = scope();
    await writeArticles(db, [
      article(`${dir}a.txt`, '2023-10-02', [
        { type: 'PHONE_CALL', source: n('Wang'), target: n('Maliki'), date: '2023-10-01' },
      ]),
      article(`${dir}b.txt`, '2023-10-24', [
        { type: 'PHONE_CALL', source: n('Maliki'), target: n('Wang'), date: '2023-10-23' },
      ]),
      // An undated report published the next day is of the second call.
      article(`${dir}c.txt`, '2023-10-24', [
        { type: 'PHONE_CALL', source: n('Wang'), target: n('Maliki') },
      ]),
    ]);
    const evs = await eventsBetween(db, 'PHONE_CALL', n('Wang'), n('Maliki'));
    expect(evs.map((e) => [e.date, e.reportCount])).toEqual([
      ['2023-10-01', 1],
      ['2023-10-23', 2],
    ]);
    const typed = await db.read(
      `MATCH (:Actor {name: $a})-[r:PHONE_CALL]-(:Actor {name: $b}) RETURN r.date AS date ORDER BY date`,
      { a: n('Wang'), b: n('Maliki') },
    );
    expect(typed.map((t) => t.date)).toEqual(['2023-10-01', '2023-10-23']);
  });

  it('gives the same events whatever the load order (undated report first)', async () => {
    const { dir, n } = scope();
    const undated = article(`${dir}u.txt`, null, [
      { type: 'MEETING', source: n('A'), target: n('B') },
    ]);
    const dated = article(`${dir}d.txt`, '2023-05-02', [
      { type: 'MEETING', source: n('B'), target: n('A'), date: '2023-05-01' },
    ]);
    await writeArticles(db, [undated]);
    const before = await eventsBetween(db, 'MEETING', n('A'), n('B'));
    expect(before).toMatchObject([{ date: null, reportCount: 1 }]);
    await writeArticles(db, [dated]);
    const after = await eventsBetween(db, 'MEETING', n('A'), n('B'));
    expect(after).toMatchObject([{ date: '2023-05-01', reportCount: 2 }]);
    // The undated event is gone, with its typed relationship.
    const rels = await db.read(
      `MATCH (:Actor {name: $a})-[r:MEETING]-(:Actor {name: $b}) RETURN r.eventId AS id`,
      { a: n('A'), b: n('B') },
    );
    expect(rels.map((r) => r.id)).toEqual([after[0]!.id]);
  });

  it('gives a call the subjects of what was said in it', async () => {
    const { dir, n } = scope();
    await writeArticles(db, [
      article(
        `${dir}a.txt`,
        '2023-10-24',
        [
          {
            type: 'PHONE_CALL',
            source: n('Wang'),
            target: n('Maliki'),
            date: '2023-10-23',
            sentenceIndex: 4,
          },
          // Said in the call by his country, with no listener of its own (the "said in" rule).
          {
            type: 'APPEAL',
            source: `country:${n('China')}`,
            date: '2023-10-23',
            topics: ['peace conference'],
            sentenceIndex: 5,
          },
        ],
        {
          actors: [
            {
              name: n('Wang'),
              kind: 'person',
              aliases: [],
              roles: [{ title: 'Foreign Minister', country: n('China') }],
            },
            { name: n('Maliki'), kind: 'person', aliases: [], roles: [] },
            { name: n('China'), kind: 'country', aliases: [], roles: [] },
          ],
        },
      ),
      // Another article: a statement between the two on the call's day (the "part of" rule).
      article(`${dir}b.txt`, '2023-10-24', [
        {
          type: 'STATEMENT',
          source: n('Wang'),
          target: n('Maliki'),
          date: '2023-10-23',
          topics: ['ceasefire'],
        },
      ]),
    ]);
    const [call] = await eventsBetween(db, 'PHONE_CALL', n('Wang'), n('Maliki'));
    expect(call!.topics).toEqual(['ceasefire', 'peace conference']);
    const about = await db.read(
      `MATCH (:Event {id: $id})-[:ABOUT]->(t:Topic) RETURN t.name AS t ORDER BY t`,
      { id: call!.id },
    );
    expect(about.map((r) => r.t)).toEqual(['ceasefire', 'peace conference']);
    const typed = await db.read(
      `MATCH (:Actor {name: $a})-[r:PHONE_CALL]-(:Actor {name: $b}) RETURN r.topics AS topics`,
      { a: n('Wang'), b: n('Maliki') },
    );
    expect(typed[0]!.topics).toEqual(['ceasefire', 'peace conference']);
  });
});

describe('loading is idempotent and replaces changed articles only', () => {
  it('changes nothing when the same articles are loaded again', async () => {
    const { dir, tag, n } = scope();
    const arts = [
      article(`${dir}a.txt`, '2023-10-24', [
        {
          type: 'PHONE_CALL',
          source: n('Wang'),
          target: n('Cohen'),
          date: '2023-10-23',
          topics: ['ceasefire'],
        },
        { type: 'APPEAL', source: n('Wang'), topics: ['ceasefire'] },
      ]),
      article(`${dir}b.txt`, null, [{ type: 'CRITICISM', source: n('Cohen'), target: n('Hamas') }]),
    ];
    const first = await writeArticles(db, arts);
    expect(first).toMatchObject({ written: 2, unchanged: 0, reports: 3 });
    const before = await countsFor(db, dir, tag);
    const second = await writeArticles(db, arts);
    expect(second).toMatchObject({ written: 0, unchanged: 2, reports: 0 });
    expect(await countsFor(db, dir, tag)).toEqual(before);
  });

  it("replaces a changed article's reports and nothing else", async () => {
    const { dir, tag, n } = scope();
    const a1 = article(`${dir}a.txt`, '2023-10-24', [
      { type: 'PHONE_CALL', source: n('Wang'), target: n('Cohen'), date: '2023-10-23' },
      { type: 'ATTACK', source: n('Hamas'), target: n('Israel'), date: '2023-10-07' },
    ]);
    const b = article(`${dir}b.txt`, '2023-10-24', [
      { type: 'PHONE_CALL', source: n('Wang'), target: n('Cohen'), date: '2023-10-23' },
    ]);
    await writeArticles(db, [a1, b]);
    expect(await countsFor(db, dir, tag)).toMatchObject({
      reports: 3,
      events: 2,
      actors: 4,
      typed: 2,
    });

    // New version of a: the attack is gone, a meeting appears.
    const a2 = article(`${dir}a.txt`, '2023-10-24', [
      { type: 'PHONE_CALL', source: n('Wang'), target: n('Cohen'), date: '2023-10-23' },
      { type: 'MEETING', source: n('Wang'), target: n('Blinken'), date: '2023-10-26' },
    ]);
    const r = await writeArticles(db, [a2]);
    expect(r).toMatchObject({ written: 1, reports: 2 });
    const c = await countsFor(db, dir, tag);
    // Hamas and Israel were only in the old version: gone; Blinken is new.
    expect(c).toMatchObject({ articles: 2, reports: 3, events: 2, actors: 3, typed: 2 });
    expect(await eventsBetween(db, 'ATTACK', n('Hamas'), n('Israel'))).toEqual([]);
    const [call] = await eventsBetween(db, 'PHONE_CALL', n('Wang'), n('Cohen'));
    expect(call!.reportCount).toBe(2);
    // b's report is untouched.
    const [bRep] = await db.read(
      `MATCH (r:Report)-[:IN_ARTICLE]->(:Article {id: $id}) RETURN r.id AS id, r.evidence AS evidence`,
      { id: `${dir}b.txt` },
    );
    expect(bRep!.evidence).toBe(b.interactions[0]!.evidence);
  });
});

describe('concurrency', () => {
  it('two writers over overlapping articles create no duplicate actor or event', async () => {
    const { dir, tag, n } = scope();
    const arts = Array.from({ length: 40 }, (_, i) =>
      article(`${dir}${String(i).padStart(3, '0')}.txt`, '2023-10-24', [
        {
          type: 'PHONE_CALL',
          source: n(`P${i % 7}`),
          target: n(`P${(i + 1) % 7}`),
          date: `2023-10-${10 + (i % 5)}`,
        },
        {
          type: 'STATEMENT',
          source: n(`P${i % 7}`),
          target: n(`P${(i + 1) % 7}`),
          topics: ['ceasefire'],
        },
        {
          type: 'APPEAL',
          source: `country:${n('China')}`,
          date: '2023-10-20',
          topics: ['ceasefire'],
        },
      ]),
    );
    const shuffled = [...arts].reverse();
    const [r1, r2] = await Promise.all([
      writeArticles(db, arts.slice(0, 30), { batchSize: 5 }),
      writeArticles(db, shuffled.slice(0, 30), { batchSize: 5 }),
    ]);
    expect(r1.written + r2.written).toBeGreaterThanOrEqual(40);
    const dupActors = await db.read(
      `MATCH (a:Actor) WHERE a.name CONTAINS $tag WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN id`,
      { tag },
    );
    expect(dupActors).toEqual([]);
    const dupEvents = await db.read(
      `MATCH (e:Event) WHERE e.sourceId CONTAINS $t
       WITH e.groupKey AS g, e.date AS d, count(*) AS c WHERE c > 1 RETURN g, d`,
      { t: tag.toLowerCase() },
    );
    expect(dupEvents).toEqual([]);
    const c = await countsFor(db, dir, tag);
    // 8 actors; per pair 5 dated calls at most; all 40 articles, 120 reports.
    expect(c).toMatchObject({ articles: 40, reports: 120, actors: 8 });
    // Same graph as one sequential load of the same articles in another scope would give.
    const [{ events } = { events: 0 }] = await db.read(
      `MATCH (e:Event) WHERE e.sourceId CONTAINS $t RETURN count(e) AS events`,
      { t: tag.toLowerCase() },
    );
    const seq = scope();
    const rename = (s: string) => s.replaceAll(tag, seq.tag);
    await writeArticles(
      db,
      arts.map((a) =>
        JSON.parse(rename(JSON.stringify({ ...a, file: a.file.replace(dir, seq.dir) }))),
      ),
    );
    const [{ events: seqEvents } = { events: 0 }] = await db.read(
      `MATCH (e:Event) WHERE e.sourceId CONTAINS $t RETURN count(e) AS events`,
      { t: seq.tag.toLowerCase() },
    );
    expect(events).toBe(seqEvents);
  });
});
