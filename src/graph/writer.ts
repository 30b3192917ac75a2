/**
 * Writes extracted articles into Neo4j, one transaction per batch, with
 * UNWIND over parameter lists only (labels and relationship types come from
 * the allow-lists of src/extract/types.ts). Per batch:
 *  1. skip articles whose content hash is already stored (reloading changes nothing);
 *  2. lock the changed articles; for articles already in the graph, delete
 *     their old reports, mentions and role claims;
 *  3. merge actors (sorted, which also serialises concurrent loaders on
 *     shared actors), new names, roles, mentions;
 *  4. choose each report's event (events.ts rules, re-run for every group the
 *     batch touches, moving older floating reports when the rule says so),
 *     create the events that are new with their properties computed here,
 *     their typed actor→actor relationships and ABOUT links, then the reports;
 *  5. recompute in Cypher only the events that existed before or changed
 *     membership (count, topics incl. what was said in calls, confidence,
 *     modality) and delete events left with no report.
 * Everything of a batch commits or nothing does.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Db, Row } from '../db.js';
import {
  CAMEO_ROOT,
  INTERACTION_TYPES,
  type ExtractedArticle,
  type InteractionType,
  type Modality,
} from '../extract/types.js';
import {
  CONVERSATION_TYPES,
  SAID_TYPES,
  assignFloating,
  clusterDate,
  dateKind,
  dateRange,
  eventId,
  nameKey,
  pairKey,
  type FloatingReport,
} from './events.js';
import {
  prepareArticle,
  type ActorRow,
  type PreparedArticle,
  type ReportRow,
  type RoleRow,
} from './prepare.js';

export interface WriteOptions {
  /** Articles per transaction (default 500). */
  batchSize?: number;
  /** Called after each batch with the number of articles done so far. */
  onBatch?: (done: number, total: number) => void;
}

export interface WriteResult {
  /** Articles written (new or changed). */
  written: number;
  /** Articles skipped because the graph already holds this exact version. */
  unchanged: number;
  reports: number;
  /** Interactions not written (unknown actor, empty evidence), with the article. */
  skipped: { article: string; reason: string }[];
}

interface EventRow {
  id: string;
  groupKey: string;
  type: InteractionType;
  cameo: string;
  sourceId: string;
  targetId: string | null;
  date: string | null;
  dateKind: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  callKey: string | null;
  inCallKey: string | null;
  /** Properties as computed from this batch's reports (used when the event is new). */
  reportCount: number;
  articleCount: number;
  ownTopics: string[];
  topics: string[];
  confidence: number | null;
  modality: Modality | null;
}

/**
 * The tail shared by createEvents and mergeEvents, given a new event `e`, its row `ev`, its source
 * `s` and its target `t` (or null).
 */
const EVENT_LINKS = `// The typed actor→actor relationship (type checked against INTERACTION_TYPES by the writer) and its
// element id on the event, so that updates and deletes seek it directly.
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END |
  CREATE (e)-[:TARGET]->(t)
  CREATE (s)-[r:$(ev.type) {eventId: ev.id, date: ev.date, topics: ev.topics,
    dateFrom: e.dateFrom, dateTo: e.dateTo}]->(t)
  SET e.relId = elementId(r))
// ABOUT carries the topic and the event's first day (undated: 9999-12-31, so it sorts last):
// the (topic, day) index answers "events about X in a window, in date order" without a scan.
WITH e, ev
CALL (e, ev) {
  UNWIND ev.topics AS tn
  MATCH (tp:Topic {name: tn})
  CREATE (e)-[:ABOUT {topic: tn, day: coalesce(e.dateFrom, date('9999-12-31'))}]->(tp)
}
RETURN e.id AS id`;

const q = {
  hashes: `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS hash`,

  // MERGE on the unique id takes the article's lock: a second loader waits here, then sees the new hash.
  lockArticles: `
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.locked = true
REMOVE a.locked
RETURN a.id AS id, a.contentHash AS hash`,

  deleteOldReports: `
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:IN_ARTICLE]-(r:Report)-[:REPORTS]->(e:Event)
WITH r, e.id AS event, e.groupKey AS grp
DETACH DELETE r
RETURN collect(DISTINCT event) AS events, collect(DISTINCT grp) AS groups`,

  // Role claims of the old version: one source fewer for each role it stated.
  releaseOldRoles: `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(p:Person)
UNWIND coalesce(m.roles, []) AS key
MATCH (p)-[h:HOLDS_ROLE {key: key}]->()
SET h.sources = h.sources - 1`,

  deleteOldMentions: `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(a:Actor)
DELETE m
RETURN collect(DISTINCT a.id) AS actors`,

  mergeActors: `
UNWIND $actors AS a
MERGE (x:Actor {id: a.id})
ON CREATE SET x.name = a.name, x.kind = a.kind, x.aliases = [], x.isNew = true
WITH x, a, [s IN a.aliases WHERE NOT s IN x.aliases AND s <> x.name] AS added
SET x.aliases = x.aliases + added
FOREACH (_ IN CASE WHEN a.kind = 'person' THEN [1] ELSE [] END | SET x:Person)
FOREACH (_ IN CASE WHEN a.kind = 'country' THEN [1] ELSE [] END | SET x:Country)
FOREACH (_ IN CASE WHEN a.kind = 'organization' THEN [1] ELSE [] END | SET x:Organization)
FOREACH (_ IN CASE WHEN a.kind = 'group' THEN [1] ELSE [] END | SET x:Group)
WITH x, added, coalesce(x.isNew, false) AS isNew
REMOVE x.isNew
RETURN x.id AS id, isNew, added`,

  mergeNames: `
UNWIND $names AS n
MERGE (k:ActorName {key: n.key})
WITH k, n
MATCH (x:Actor {id: n.actor})
MERGE (k)-[:NAMES]->(x)`,

  writeArticles: `
UNWIND $articles AS a
MATCH (x:Article {id: a.id})
SET x.file = a.file, x.title = a.title, x.url = a.url, x.outlet = a.outlet, x.author = a.author,
    x.published = CASE WHEN a.published IS NULL THEN null ELSE date(a.published) END,
    x.contentHash = a.contentHash,
    x.name = coalesce(a.title, a.file)`,

  // Grouped by article: one article lookup per article, not per mention.
  mentions: `
UNWIND $articles AS x
MATCH (art:Article {id: x.id})
UNWIND x.mentions AS m
MATCH (a:Actor {id: m.actor})
CREATE (art)-[:MENTIONS {roles: CASE WHEN size(m.roles) = 0 THEN null ELSE m.roles END}]->(a)`,

  roles: `
UNWIND $rows AS r
MATCH (p:Actor {id: r.person})
MATCH (o:Actor {id: r.holder})
MERGE (p)-[h:HOLDS_ROLE {key: r.key}]->(o)
ON CREATE SET h.title = r.title, h.from = r.from, h.to = r.to, h.sources = 0
SET h.sources = h.sources + r.count`,

  dropUnclaimedRoles: `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[h:HOLDS_ROLE]->()
WHERE h.sources <= 0
DELETE h`,

  // Per targeted group: days of its events holding a day-dated report, and its floating reports.
  groupState: `
UNWIND $groups AS g
CALL (g) {
  MATCH (e:Event {groupKey: g})
  // Pattern comprehensions expand from the seeked node: a plan cached while the graph was small
  // cannot turn them into scans of all reports.
  WITH e WHERE e.dateKind = 'day' AND any(f IN [(e)<-[:REPORTS]-(r:Report) | r.floatKey] WHERE f IS NULL)
  RETURN collect(e.date) AS days
}
CALL (g) {
  MATCH (r:Report {floatKey: g})
  WITH r, [(r)-[:REPORTS]->(e:Event) | e.id] AS evs
  UNWIND evs AS ev
  RETURN collect({id: r.id, date: r.date, published: r.published, event: ev}) AS floating
}
RETURN g AS grp, days, floating`,

  // Which of the batch's events exist. Read after the batch has locked its actors (every event's
  // participants), so no other loader can create one of them before this transaction commits.
  existingEvents: `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id`,

  // New events only (a plain CREATE: no MERGE, no Eager), with their links.
  createEvents: `
UNWIND $events AS ev
MATCH (s:Actor {id: ev.sourceId})
OPTIONAL MATCH (t:Actor {id: ev.targetId})
CREATE (e:Event {id: ev.id, groupKey: ev.groupKey, type: ev.type, cameo: ev.cameo,
  sourceId: ev.sourceId, targetId: ev.targetId, date: ev.date, dateKind: ev.dateKind,
  dateFrom: CASE WHEN ev.dateFrom IS NULL THEN null ELSE date(ev.dateFrom) END,
  dateTo: CASE WHEN ev.dateTo IS NULL THEN null ELSE date(ev.dateTo) END,
  callKey: ev.callKey, inCallKey: ev.inCallKey,
  reportCount: ev.reportCount, articleCount: ev.articleCount, ownTopics: ev.ownTopics,
  topics: ev.topics, confidence: ev.confidence, modality: ev.modality,
  name: ev.type + ' ' + s.name + coalesce(' – ' + t.name, '') + coalesce(' ' + ev.date, '')})
CREATE (e)-[:SOURCE]->(s)
${EVENT_LINKS}`,

  // The same with MERGE, for batches that replace articles: events of their old groups may involve
  // actors this batch has not locked.
  mergeEvents: `
UNWIND $events AS ev
MERGE (e:Event {id: ev.id})
ON CREATE SET e.isNew = true, e.groupKey = ev.groupKey, e.type = ev.type, e.cameo = ev.cameo,
  e.sourceId = ev.sourceId, e.targetId = ev.targetId, e.date = ev.date, e.dateKind = ev.dateKind,
  e.dateFrom = CASE WHEN ev.dateFrom IS NULL THEN null ELSE date(ev.dateFrom) END,
  e.dateTo = CASE WHEN ev.dateTo IS NULL THEN null ELSE date(ev.dateTo) END,
  e.callKey = ev.callKey, e.inCallKey = ev.inCallKey,
  e.reportCount = ev.reportCount, e.articleCount = ev.articleCount, e.ownTopics = ev.ownTopics,
  e.topics = ev.topics, e.confidence = ev.confidence, e.modality = ev.modality
WITH e, ev
WHERE e.isNew
REMOVE e.isNew
WITH e, ev
MATCH (s:Actor {id: ev.sourceId})
CREATE (e)-[:SOURCE]->(s)
WITH e, ev, s
OPTIONAL MATCH (t:Actor {id: ev.targetId})
SET e.name = ev.type + ' ' + s.name + coalesce(' – ' + t.name, '') + coalesce(' ' + ev.date, '')
${EVENT_LINKS}`,

  // Cross-article: a statement between A and B on a call's date is part of the call between them.
  linkPartOf: `
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (c:Event {callKey: e.inCallKey}) WHERE e.inCallKey IS NOT NULL
  MERGE (e)-[:PART_OF]->(c)
  RETURN collect(c.id) AS up
}
CALL (e) {
  MATCH (s:Event {inCallKey: e.callKey}) WHERE e.callKey IS NOT NULL
  MERGE (s)-[:PART_OF]->(e)
  RETURN count(s) AS down
}
RETURN e.id AS id, up, down`,

  // Grouped by article: one article lookup per article, not per report.
  createReports: `
UNWIND $articles AS a
MATCH (x:Article {id: a.id})
UNWIND a.reports AS r
MATCH (e:Event {id: r.event})
CREATE (rep:Report {
  id: r.id, article: a.id, type: r.type, sourceId: r.sourceId, targetId: r.targetId,
  evidence: r.evidence, sentenceIndex: r.sentenceIndex, date: r.date, topics: r.topics,
  confidence: r.confidence, modality: r.modality,
  floatKey: r.floatKey, published: CASE WHEN r.floatKey IS NULL THEN null ELSE a.published END
})
CREATE (rep)-[:REPORTS]->(e)
CREATE (rep)-[:IN_ARTICLE]->(x)`,

  saidIn: `
UNWIND $rows AS p
MATCH (a:Report {id: p.from})
MATCH (b:Report {id: p.to})
CREATE (a)-[:SAID_IN]->(b)`,

  moveReports: `
UNWIND $moves AS m
MATCH (r:Report {id: m.report})
// The subquery expands from the seeked report (never from the other end).
CALL (r) {
  MATCH (r)-[old:REPORTS]->()
  DELETE old
}
WITH r, m
MATCH (e:Event {id: m.event})
CREATE (r)-[:REPORTS]->(e)`,

  deleteEmptyEvents: `
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT EXISTS { (:Report)-[:REPORTS]->(e) }
WITH e, e.relId AS rid
CALL (e, rid) {
  MATCH ()-[t]->()
  WHERE rid IS NOT NULL AND elementId(t) = rid AND t.eventId = e.id
  DELETE t
}
DETACH DELETE e
RETURN count(*) AS deleted`,

  // Own facts of each event, from its reports. Confidence: noisy-or of the reports' confidences.
  ownProps: `
UNWIND $ids AS id
MATCH (e:Event {id: id})
// Expanded from the event (a plan cached on an empty graph could otherwise scan all reports).
WITH e, [(e)<-[:REPORTS]-(r:Report) | r] AS rs
WHERE size(rs) > 0
SET e.reportCount = size(rs),
    e.articleCount = size(reduce(acc = [], r IN rs | CASE WHEN r.article IN acc THEN acc ELSE acc + r.article END)),
    e.ownTopics = COLLECT { UNWIND rs AS r UNWIND r.topics AS t RETURN DISTINCT t ORDER BY t },
    e.confidence = CASE WHEN all(r IN rs WHERE r.confidence IS NULL) THEN null
                   ELSE 1.0 - reduce(p = 1.0, r IN rs | p * (1.0 - coalesce(r.confidence, 0.0))) END,
    e.modality = head([m IN ['occurred', 'planned', 'proposed', 'denied'] WHERE any(r IN rs WHERE r.modality = m)])`,

  // Events whose topics depend on the given ones: the calls they are part of, the calls their reports were said in.
  parents: `
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)-[:PART_OF]->(c:Event) RETURN c.id AS pid
  UNION
  MATCH (e)<-[:REPORTS]-(:Report)-[:SAID_IN]->(:Report)-[:REPORTS]->(c:Event) RETURN c.id AS pid
}
RETURN collect(DISTINCT pid) AS ids`,

  // Topics: its own, those of statements made in it (part-of events, statements said in its reports).
  topics: `
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e, e.topics AS before, COLLECT {
  UNWIND e.ownTopics AS t RETURN t
  UNION
  MATCH (e)<-[:PART_OF]-(c:Event) UNWIND c.ownTopics AS t RETURN t
  UNION
  MATCH (e)<-[:REPORTS]-(:Report)<-[:SAID_IN]-(s:Report) UNWIND s.topics AS t RETURN t
} AS ts
WITH e, before, COLLECT { UNWIND ts AS t RETURN t ORDER BY t } AS topics
SET e.topics = topics
WITH e, before
CALL (e) {
  MATCH (e)-[a:ABOUT]->(old:Topic) WHERE NOT old.name IN e.topics
  DELETE a
}
CALL (e) {
  UNWIND e.topics AS t
  MATCH (tp:Topic {name: t})
  MERGE (e)-[a:ABOUT]->(tp)
  SET a.topic = t, a.day = coalesce(e.dateFrom, date('9999-12-31'))
}
WITH e, before
WHERE before <> e.topics AND e.targetId IS NOT NULL
RETURN collect(e.id) AS changed`,

  // The event keeps its typed relationship's element id: a direct seek, not a walk between two busy actors.
  syncTyped: `
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e, e.relId AS rid
CALL (e, rid) {
  MATCH ()-[t]->()
  WHERE elementId(t) = rid AND t.eventId = e.id
  SET t.topics = e.topics
}`,

  // Degree kept on the actor so that "most central actors" is an index-ordered read.
  eventCounts: `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a.eventCount = COUNT { (a)<-[:SOURCE|TARGET]-() }`,

  mergeTopics: `
UNWIND $topics AS t
MERGE (:Topic {name: t})`,

  dropOrphanActors: `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT EXISTS { (a)--(:Article) } AND NOT EXISTS { (a)--(:Event) } AND NOT EXISTS { (a)-[:HOLDS_ROLE]-() }
OPTIONAL MATCH (n:ActorName)-[:NAMES]->(a)
DETACH DELETE a
WITH DISTINCT n
WHERE n IS NOT NULL AND NOT EXISTS { (n)-[:NAMES]->() }
DELETE n`,
};

/** Per-statement timings, collected when KG_PROFILE is set (for tuning the loader). */
export const statementTimes = new Map<string, number>();
const profile = Boolean(process.env.KG_PROFILE);

/** With KG_PLAN set, every statement runs under PROFILE and its plan's notable operators are printed. */
const plan = Boolean(process.env.KG_PLAN);
interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}
function planOps(p: PlanNode, out: string[] = []): string[] {
  out.push(`${p.operatorType}(${p.rows} rows, ${p.dbHits} hits)`);
  for (const c of p.children) planOps(c, out);
  return out;
}

async function run(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  const t0 = profile ? performance.now() : 0;
  const res = await tx.run(plan ? `PROFILE ${cypher}` : cypher, params);
  if (plan && res.summary.profile) {
    const head = cypher.trim().split('\n').slice(0, 2).join(' ').slice(0, 60);
    process.stderr.write(
      `${head}\n    ${planOps(res.summary.profile as unknown as PlanNode).join(' <- ')}\n`,
    );
  }
  if (profile) {
    const key = cypher.trim().split('\n').slice(0, 3).join(' ').slice(0, 70);
    statementTimes.set(key, (statementTimes.get(key) ?? 0) + performance.now() - t0);
  }
  return res.records.map((r) => r.toObject() as Row);
}

const TYPE_SET: ReadonlySet<string> = new Set(INTERACTION_TYPES);

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const uniqSorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** An event row from its group key (type|source|target, canonical order) and cluster. */
function eventRow(group: string, cluster: string): EventRow {
  const [type, source = '', target = ''] = group.split('|') as [InteractionType, string?, string?];
  const date = clusterDate(cluster);
  const range = dateRange(date);
  const pair = pairKey(source, target || null);
  return {
    id: eventId(group, cluster),
    groupKey: group,
    type,
    cameo: CAMEO_ROOT[type],
    sourceId: source,
    targetId: target || null,
    date,
    dateKind: dateKind(date),
    dateFrom: range.from,
    dateTo: range.to,
    callKey: pair && CONVERSATION_TYPES.has(type) ? `${pair}|${date ?? ''}` : null,
    inCallKey: pair && SAID_TYPES.has(type) ? `${pair}|${date ?? ''}` : null,
    reportCount: 0,
    articleCount: 0,
    ownTopics: [],
    topics: [],
    confidence: null,
    modality: null,
  };
}

const MODALITY_ORDER: Modality[] = ['occurred', 'planned', 'proposed', 'denied'];

/** Fills an event's properties from its reports in this batch (same rules as the ownProps statement). */
function fillFromReports(ev: EventRow, reps: ReportRow[], said: ReportRow[]): void {
  ev.reportCount = reps.length;
  ev.articleCount = new Set(reps.map((r) => r.article)).size;
  ev.ownTopics = uniqSorted(reps.flatMap((r) => r.topics));
  ev.topics = uniqSorted([...ev.ownTopics, ...said.flatMap((r) => r.topics)]);
  const conf = reps.map((r) => r.confidence);
  ev.confidence = conf.every((c) => c === null)
    ? null
    : 1 - conf.reduce<number>((p, c) => p * (1 - (c ?? 0)), 1);
  ev.modality = MODALITY_ORDER.find((m) => reps.some((r) => r.modality === m)) ?? null;
}

/** Writes one batch in one transaction; returns what it wrote. */
async function writeBatch(
  db: Db,
  batch: PreparedArticle[],
): Promise<{ written: number; reports: number }> {
  // Cheap pre-check outside the write transaction: most reloads stop here.
  const known = await db.read(q.hashes, { ids: batch.map((b) => b.article.id) });
  const stored = new Map(known.map((r) => [String(r.id), r.hash as string | null]));
  const candidates = batch
    .filter((b) => stored.get(b.article.id) !== b.article.contentHash)
    .sort((a, b) => byId(a.article, b.article));
  if (candidates.length === 0) return { written: 0, reports: 0 };

  const t0 = profile ? performance.now() : 0;
  const inTx: { ms: number } = { ms: 0 };
  const out = await db.writeTx(async (tx) => {
    const t1 = profile ? performance.now() : 0;
    try {
      return await batchTx(tx, candidates);
    } finally {
      if (profile) inTx.ms = performance.now() - t1;
    }
  });
  if (profile) {
    const key = '(commit, retries and pre-check)';
    statementTimes.set(key, (statementTimes.get(key) ?? 0) + performance.now() - t0 - inTx.ms);
  }
  return out;
}

async function batchTx(
  tx: ManagedTransaction,
  candidates: PreparedArticle[],
): Promise<{ written: number; reports: number }> {
  {
    // 1. Lock the articles (sorted: two loaders take locks in the same order) and re-check.
    const locked = await run(tx, q.lockArticles, { ids: candidates.map((c) => c.article.id) });
    const hashNow = new Map(locked.map((r) => [String(r.id), r.hash as string | null]));
    const todo = candidates.filter((c) => hashNow.get(c.article.id) !== c.article.contentHash);
    if (todo.length === 0) return { written: 0, reports: 0 };

    // 2. Articles already in the graph: remove the previous version's facts.
    const replacing = todo.filter((t) => hashNow.get(t.article.id)).map((t) => t.article.id);
    let oldEvents: string[] = [];
    let oldGroups: string[] = [];
    let oldActors: string[] = [];
    if (replacing.length) {
      const [old] = await run(tx, q.deleteOldReports, { ids: replacing });
      oldEvents = (old?.events as string[] | undefined) ?? [];
      oldGroups = (old?.groups as string[] | undefined) ?? [];
      await run(tx, q.releaseOldRoles, { ids: replacing });
      const [m] = await run(tx, q.deleteOldMentions, { ids: replacing });
      oldActors = (m?.actors as string[] | undefined) ?? [];
    }

    // 3. Actors (sorted by id so that concurrent batches lock shared actors in one order).
    const actorMap = new Map<string, ActorRow>();
    for (const t of todo)
      for (const a of t.actors) {
        const prev = actorMap.get(a.id);
        if (!prev) actorMap.set(a.id, { ...a, aliases: [...a.aliases], keys: [...a.keys] });
        else {
          for (const al of a.aliases) if (!prev.aliases.includes(al)) prev.aliases.push(al);
          for (const k of a.keys) if (!prev.keys.includes(k)) prev.keys.push(k);
        }
      }
    const actors = [...actorMap.values()].sort(byId);
    const merged = await run(tx, q.mergeActors, { actors });
    // Name keys only for new actors and new aliases (the rest are already there).
    const names: { key: string; actor: string }[] = [];
    for (const row of merged) {
      const a = actorMap.get(String(row.id))!;
      const keys = row.isNew ? a.keys : (row.added as string[]).map(nameKey);
      for (const key of new Set(keys)) names.push({ key, actor: a.id });
    }
    if (names.length) {
      names.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.actor < y.actor ? -1 : 1));
      await run(tx, q.mergeNames, { names });
    }
    await run(tx, q.writeArticles, { articles: todo.map((t) => t.article) });
    await run(tx, q.mentions, {
      articles: todo.map((t) => ({
        id: t.article.id,
        mentions: t.mentions.map((actor) => ({
          actor,
          roles: t.roles.filter((r) => r.person === actor).map((r) => r.key),
        })),
      })),
    });
    // One row per distinct role, with the number of articles claiming it.
    const roleCount = new Map<string, RoleRow & { count: number }>();
    for (const r of todo.flatMap((t) => t.roles)) {
      const k = `${r.person}|${r.key}`;
      const prev = roleCount.get(k);
      if (prev) prev.count++;
      else roleCount.set(k, { ...r, count: 1 });
    }
    const roles = [...roleCount.values()].sort((a, b) =>
      a.person < b.person ? -1 : a.person > b.person ? 1 : 0,
    );
    if (roles.length) await run(tx, q.roles, { rows: roles });
    if (replacing.length) await run(tx, q.dropUnclaimedRoles, { ids: oldActors });

    // 4. Events: fixed clusters directly, floating ones per group after reading the group's state.
    const reports = todo.flatMap((t) => t.reports);
    const groups = uniqSorted([
      ...reports.filter((r) => r.eventTarget).map((r) => r.groupKey),
      ...oldGroups.filter((g) => !g.endsWith('|')),
    ]);
    const days = new Map<string, Set<string>>();
    const floating = new Map<string, (FloatingReport & { event: string | null })[]>();
    if (groups.length) {
      for (const row of await run(tx, q.groupState, { groups })) {
        const g = String(row.grp);
        days.set(g, new Set(row.days as string[]));
        floating.set(g, row.floating as (FloatingReport & { event: string })[]);
      }
    }
    for (const r of reports) {
      if (r.fixedCluster?.startsWith('d:') && r.eventTarget) days.get(r.groupKey)!.add(r.date!);
      else if (r.floatKey)
        floating
          .get(r.groupKey)!
          .push({ id: r.id, date: r.date, published: r.published, event: null });
    }
    const clusterOf = new Map<string, string>();
    const moves: { report: string; event: string; from: string }[] = [];
    const events = new Map<string, EventRow>();
    for (const [g, fl] of floating) {
      if (!fl.length) continue;
      const assigned = assignFloating(days.get(g) ?? [], fl);
      for (const f of fl) {
        const cluster = assigned.get(f.id)!;
        if (f.event === null) clusterOf.set(f.id, cluster);
        else if (eventId(g, cluster) !== f.event) {
          const ev = eventRow(g, cluster);
          if (!events.has(ev.id)) events.set(ev.id, ev);
          moves.push({ report: f.id, event: ev.id, from: f.event });
        }
      }
    }
    const eventReports = new Map<string, ReportRow[]>();
    const reportRows = reports.map((r) => {
      const ev = eventRow(r.groupKey, r.fixedCluster ?? clusterOf.get(r.id)!);
      if (!events.has(ev.id)) events.set(ev.id, ev);
      if (!eventReports.has(ev.id)) eventReports.set(ev.id, []);
      eventReports.get(ev.id)!.push(r);
      return { ...r, event: ev.id };
    }) as (ReportRow & { event: string })[];
    // Properties of events as if new; events that already exist are recomputed in step 5.
    const saidIn = todo.flatMap((t) => t.saidIn);
    const reportById = new Map(reports.map((r) => [r.id, r]));
    const eventOfReport = new Map(reportRows.map((r) => [r.id, r.event]));
    const saidInto = new Map<string, ReportRow[]>();
    for (const s of saidIn) {
      const ev = eventOfReport.get(s.to)!;
      if (!saidInto.has(ev)) saidInto.set(ev, []);
      saidInto.get(ev)!.push(reportById.get(s.from)!);
    }
    for (const ev of events.values())
      fillFromReports(ev, eventReports.get(ev.id) ?? [], saidInto.get(ev.id) ?? []);

    const topics = uniqSorted(reports.flatMap((r) => r.topics));
    if (topics.length) await run(tx, q.mergeTopics, { topics });
    const eventRows = [...events.values()].sort(byId);
    // Relationship types are written from a parameter: only the allow-list's.
    for (const e of eventRows)
      if (!TYPE_SET.has(e.type)) throw new Error(`Unknown interaction type ${e.type}`);
    const existing = new Set(
      (await run(tx, q.existingEvents, { ids: eventRows.map((e) => e.id) })).map((r) =>
        String(r.id),
      ),
    );
    const createdRows = eventRows.filter((e) => !existing.has(e.id));
    const created = new Set(createdRows.map((e) => e.id));
    if (createdRows.length && !replacing.length)
      await run(tx, q.createEvents, { events: createdRows });
    else if (createdRows.length) await run(tx, q.mergeEvents, { events: createdRows });
    const recompute = new Set<string>();
    const linkable = createdRows.filter((e) => e.callKey || e.inCallKey).map((e) => e.id);
    if (linkable.length)
      for (const row of await run(tx, q.linkPartOf, { ids: linkable })) {
        // A new call with statements already in the graph, or a new statement in an existing call.
        if (Number(row.down) > 0) recompute.add(String(row.id));
        for (const p of row.up as string[]) if (!created.has(p)) recompute.add(p);
      }
    const perArticle = new Map<string, ReportRow[]>();
    for (const r of reportRows) {
      if (!perArticle.has(r.article)) perArticle.set(r.article, []);
      perArticle.get(r.article)!.push(r);
    }
    await run(tx, q.createReports, {
      articles: [...perArticle].map(([id, reps]) => ({
        id,
        published: reps[0]!.published,
        reports: reps.map((r) => ({
          id: r.id,
          event: eventOfReport.get(r.id),
          type: r.type,
          sourceId: r.sourceId,
          targetId: r.targetId,
          evidence: r.evidence,
          sentenceIndex: r.sentenceIndex,
          date: r.date,
          topics: r.topics,
          confidence: r.confidence,
          modality: r.modality,
          floatKey: r.floatKey,
        })),
      })),
    });
    if (saidIn.length) await run(tx, q.saidIn, { rows: saidIn });
    if (moves.length) await run(tx, q.moveReports, { moves });

    // 5. Recompute what existed before or changed membership; drop events left without reports.
    for (const e of eventRows) if (!created.has(e.id)) recompute.add(e.id);
    for (const e of oldEvents) recompute.add(e);
    for (const m of moves) {
      recompute.add(m.from);
      recompute.add(m.event);
    }
    if (recompute.size) {
      const touched = uniqSorted(recompute);
      await run(tx, q.deleteEmptyEvents, { ids: touched });
      await run(tx, q.ownProps, { ids: touched });
      const [par] = await run(tx, q.parents, { ids: touched });
      const withParents = uniqSorted([...touched, ...((par?.ids as string[] | undefined) ?? [])]);
      const [t] = await run(tx, q.topics, { ids: withParents });
      const changed = (t?.changed as string[] | undefined) ?? [];
      if (profile)
        statementTimes.set('#changed', (statementTimes.get('#changed') ?? 0) + changed.length);
      if (profile)
        statementTimes.set(
          '#recomputed',
          (statementTimes.get('#recomputed') ?? 0) + withParents.length,
        );
      if (changed.length) await run(tx, q.syncTyped, { ids: changed });
    }
    await run(tx, q.eventCounts, { ids: uniqSorted([...actors.map((a) => a.id), ...oldActors]) });
    if (oldActors.length) await run(tx, q.dropOrphanActors, { ids: oldActors });
    return { written: todo.length, reports: reportRows.length };
  }
}

/**
 * Writes already-extracted articles (the loader, the web ingest endpoint and
 * the benchmark use this). Articles are written in batches, one transaction
 * each; an article whose exact version is stored is skipped.
 */
export async function writeArticles(
  db: Db,
  articles: ExtractedArticle[],
  opts: WriteOptions = {},
): Promise<WriteResult> {
  const batchSize = Math.max(1, opts.batchSize ?? 500);
  const result: WriteResult = { written: 0, unchanged: 0, reports: 0, skipped: [] };
  // Last version wins when the input holds the same file twice.
  const prepared = new Map<string, PreparedArticle>();
  for (const a of articles) {
    const p = prepareArticle(a);
    prepared.set(p.article.id, p);
    for (const reason of p.skipped) result.skipped.push({ article: p.article.id, reason });
  }
  const list = [...prepared.values()];
  for (let i = 0; i < list.length; i += batchSize) {
    const batch = list.slice(i, i + batchSize);
    const r = await writeBatch(db, batch);
    result.written += r.written;
    result.unchanged += batch.length - r.written;
    result.reports += r.reports;
    opts.onBatch?.(Math.min(i + batchSize, list.length), list.length);
  }
  return result;
}
