/**
 * The naive baseline the loader is measured against: one MERGE statement
 * and one transaction per fact (article, actor, report), the way a first
 * version would write. It uses its own labels (:NaiveActor, :NaiveEvent, …)
 * with their own unique constraints, so it can run next to the real graph
 * without touching it, and every MERGE is index-backed as in the loader.
 */
import type { Db } from '../../src/db.js';
import { actorId, articleId, groupKey, participants } from '../../src/graph/events.js';
import type { ExtractedArticle } from '../../src/extract/types.js';

export const NAIVE_SCHEMA = [
  'CREATE CONSTRAINT naive_actor IF NOT EXISTS FOR (a:NaiveActor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT naive_event IF NOT EXISTS FOR (e:NaiveEvent) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT naive_article IF NOT EXISTS FOR (a:NaiveArticle) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT naive_report IF NOT EXISTS FOR (r:NaiveReport) REQUIRE r.id IS UNIQUE',
];

const ARTICLE = `
MERGE (a:NaiveArticle {id: $id})
SET a.title = $title, a.url = $url, a.published = $published`;

const ACTOR = `
MATCH (x:NaiveArticle {id: $article})
MERGE (a:NaiveActor {id: $id})
ON CREATE SET a.name = $name, a.kind = $kind
MERGE (x)-[:MENTIONS]->(a)`;

const REPORT = `
MATCH (x:NaiveArticle {id: $article})
MERGE (s:NaiveActor {id: $source})
MERGE (e:NaiveEvent {id: $event})
ON CREATE SET e.type = $type, e.date = $date, e.topics = $topics
MERGE (e)-[:SOURCE]->(s)
FOREACH (t IN CASE WHEN $target IS NULL THEN [] ELSE [$target] END |
  MERGE (ta:NaiveActor {id: t})
  MERGE (e)-[:TARGET]->(ta)
  MERGE (s)-[:INTERACTS {event: $event, type: $type}]->(ta))
MERGE (r:NaiveReport {id: $id})
SET r.evidence = $evidence, r.date = $date, r.topics = $topics
MERGE (r)-[:REPORTS]->(e)
MERGE (r)-[:IN_ARTICLE]->(x)`;

/** Writes articles the naive way; returns the number of reports written. */
export async function naiveWrite(db: Db, articles: ExtractedArticle[]): Promise<number> {
  let reports = 0;
  for (const a of articles) {
    const id = articleId(a.file);
    await db.write(ARTICLE, { id, title: a.title, url: a.url, published: a.published });
    const ids = new Map<string, string>();
    for (const act of a.actors) {
      const aid = actorId(act.kind, act.name);
      ids.set(act.name, aid);
      await db.write(ACTOR, { article: id, id: aid, name: act.name, kind: act.kind });
    }
    for (const [i, it] of a.interactions.entries()) {
      const s = ids.get(it.source);
      const t = it.target ? ids.get(it.target) : null;
      if (!s || t === undefined) continue;
      const p = participants(it.type, s, t);
      await db.write(REPORT, {
        article: id,
        id: `${id}#${i}`,
        source: p.source,
        target: p.target,
        event: `${groupKey(it.type, s, t)}#${it.date ?? 'undated'}`,
        type: it.type,
        date: it.date,
        topics: it.topics,
        evidence: it.evidence,
      });
      reports++;
    }
  }
  return reports;
}
