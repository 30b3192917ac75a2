/**
 * A fast bulk writer for the 100k-article benchmark graph. The real writer
 * merges reports of one event across articles (about 45 articles/s here),
 * too slow to build 100k articles for a benchmark run; this one follows the
 * same graph model (cypher/README.md) with one event per interaction and
 * UNWIND batches, so the API reads the same shapes: actors with labels and
 * ActorName keys, articles, events with SOURCE/TARGET/ABOUT, reports with
 * REPORTS/IN_ARTICLE, mentions and the typed actor relationships.
 */
import type { Db } from '../../src/db.js';
import { CAMEO_ROOT, INTERACTION_TYPES, type ExtractedArticle } from '../../src/extract/types.js';
import { actorId, articleId, dateRange, hash, nameKey, topicKey } from '../../src/graph/events.js';

const ACTORS = `
UNWIND $actors AS a
MERGE (x:Actor {id: a.id})
ON CREATE SET x.name = a.name, x.kind = a.kind, x.aliases = a.aliases
FOREACH (_ IN CASE WHEN a.kind = 'person' THEN [1] ELSE [] END | SET x:Person)
FOREACH (_ IN CASE WHEN a.kind = 'country' THEN [1] ELSE [] END | SET x:Country)
FOREACH (_ IN CASE WHEN a.kind = 'organization' THEN [1] ELSE [] END | SET x:Organization)
FOREACH (_ IN CASE WHEN a.kind = 'group' THEN [1] ELSE [] END | SET x:Group)
WITH x, a
UNWIND a.keys AS key
MERGE (k:ActorName {key: key})
MERGE (k)-[:NAMES]->(x)`;

const TOPICS = `UNWIND $topics AS t MERGE (:Topic {name: t})`;

const ARTICLES = `
UNWIND $articles AS a
CREATE (x:Article {id: a.id, file: a.file, title: a.title, url: a.url, outlet: 'synthetic',
  published: date(a.published), contentHash: a.id, name: a.title})
WITH x, a
UNWIND a.mentions AS m
MATCH (y:Actor {id: m})
CREATE (x)-[:MENTIONS]->(y)`;

const EVENTS = `
UNWIND $events AS ev
MATCH (s:Actor {id: ev.sourceId})
MATCH (x:Article {id: ev.article})
CREATE (e:Event {id: ev.id, type: ev.type, cameo: ev.cameo, sourceId: ev.sourceId, targetId: ev.targetId,
  date: ev.date, dateFrom: CASE WHEN ev.from IS NULL THEN null ELSE date(ev.from) END,
  dateTo: CASE WHEN ev.to IS NULL THEN null ELSE date(ev.to) END,
  topics: ev.topics, ownTopics: ev.topics, reportCount: 1, articleCount: 1, modality: 'occurred',
  confidence: 0.8, name: ev.type + ' ' + s.name})
CREATE (e)-[:SOURCE]->(s)
CREATE (r:Report {id: ev.id + ':r', article: ev.article, type: ev.type, sourceId: ev.sourceId,
  targetId: ev.targetId, evidence: ev.evidence, sentenceIndex: ev.index, date: ev.date,
  topics: ev.topics, confidence: 0.8, modality: 'occurred'})
CREATE (r)-[:REPORTS]->(e)
CREATE (r)-[:IN_ARTICLE]->(x)
WITH e, ev
CALL (e, ev) {
  MATCH (t:Actor {id: ev.targetId})
  CREATE (e)-[:TARGET]->(t)
}
CALL (e, ev) {
  UNWIND ev.topics AS name
  MATCH (tp:Topic {name: name})
  CREATE (e)-[:ABOUT]->(tp)
}`;

/** One statement per relationship type (types from the allow-list only). */
const TYPED = new Map(
  INTERACTION_TYPES.map((t) => [
    t,
    `UNWIND $rows AS ev
     MATCH (s:Actor {id: ev.sourceId})
     MATCH (t:Actor {id: ev.targetId})
     CREATE (s)-[:${t} {eventId: ev.id, date: ev.date, topics: ev.topics, reportCount: 1,
       dateFrom: CASE WHEN ev.from IS NULL THEN null ELSE date(ev.from) END,
       dateTo: CASE WHEN ev.to IS NULL THEN null ELSE date(ev.to) END}]->(t)`,
  ]),
);

export async function bulkWrite(db: Db, batch: ExtractedArticle[]): Promise<void> {
  const actors = new Map<
    string,
    { id: string; name: string; kind: string; aliases: string[]; keys: string[] }
  >();
  const topics = new Set<string>();
  const articles: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  for (const a of batch) {
    const art = articleId(a.file);
    const ids = new Map<string, string>();
    for (const x of a.actors) {
      const id = actorId(x.kind, x.name);
      ids.set(x.name, id);
      if (!actors.has(id)) {
        actors.set(id, {
          id,
          name: x.name,
          kind: x.kind,
          aliases: x.aliases,
          keys: [...new Set([nameKey(x.name), id, ...x.aliases.map(nameKey)])],
        });
      }
    }
    articles.push({
      id: art,
      file: a.file,
      title: a.title,
      url: a.url,
      published: a.published ?? '2020-01-01',
      mentions: [...new Set(ids.values())],
    });
    a.interactions.forEach((it, i) => {
      const sourceId = ids.get(it.source);
      if (!sourceId) return;
      const targetId = it.target ? (ids.get(it.target) ?? null) : null;
      const ts = it.topics.map(topicKey);
      ts.forEach((t) => topics.add(t));
      const { from, to } = dateRange(it.date);
      events.push({
        id: `ev:${hash(`${art}:${i}`, 20)}`,
        article: art,
        type: it.type,
        cameo: CAMEO_ROOT[it.type],
        sourceId,
        targetId,
        date: it.date,
        from,
        to,
        topics: ts,
        evidence: it.evidence,
        index: it.sentenceIndex ?? i,
      });
    });
  }
  await db.writeTx(async (tx) => {
    await tx.run(ACTORS, { actors: [...actors.values()] });
    await tx.run(TOPICS, { topics: [...topics] });
    await tx.run(ARTICLES, { articles });
    await tx.run(EVENTS, { events });
    for (const [type, cypher] of TYPED) {
      const rows = events.filter((e) => e.type === type && e.targetId);
      if (rows.length) await tx.run(cypher, { rows });
    }
  });
}

export async function bulkWriteMany(
  db: Db,
  articles: Iterable<ExtractedArticle>,
  onProgress?: (n: number) => void,
  batchSize = 1000,
): Promise<number> {
  let buf: ExtractedArticle[] = [];
  let n = 0;
  for (const a of articles) {
    buf.push(a);
    if (buf.length >= batchSize) {
      await bulkWrite(db, buf);
      n += buf.length;
      buf = [];
      onProgress?.(n);
    }
  }
  if (buf.length) {
    await bulkWrite(db, buf);
    n += buf.length;
  }
  return n;
}
