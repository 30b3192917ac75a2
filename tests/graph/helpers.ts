/**
 * Builders for extracted articles in graph tests, and counts scoped to one
 * test's articles so tests sharing the Neo4j never see each other's data.
 */
import type { Db } from '../../src/db.js';
import type {
  ActorKind,
  ExtractedArticle,
  ExtractedInteraction,
  InteractionType,
} from '../../src/extract/types.js';

export interface Fact {
  type: InteractionType;
  source: string;
  target?: string | null;
  date?: string | null;
  topics?: string[];
  evidence?: string;
  sentenceIndex?: number;
}

/** An article of `facts` between actors named `names` (kind person unless given as "kind:Name"). */
export function article(
  file: string,
  published: string | null,
  facts: Fact[],
  extra: Partial<ExtractedArticle> = {},
): ExtractedArticle {
  const names = new Map<string, ActorKind>();
  const add = (n: string | null | undefined) => {
    if (!n) return;
    const m = /^(person|country|organization|group):(.*)$/.exec(n);
    names.set(m ? m[2]! : n, (m ? m[1] : 'person') as ActorKind);
  };
  for (const f of facts) {
    add(f.source);
    add(f.target);
  }
  const strip = (n: string) => n.replace(/^(person|country|organization|group):/, '');
  const interactions: ExtractedInteraction[] = facts.map((f, i) => ({
    type: f.type,
    source: strip(f.source),
    target: f.target ? strip(f.target) : null,
    date: f.date ?? null,
    topics: f.topics ?? [],
    evidence: f.evidence ?? `${f.source} ${f.type.toLowerCase()} ${f.target ?? ''} (${file} #${i})`,
    sentenceIndex: f.sentenceIndex ?? i,
  }));
  return {
    file,
    title: `Title of ${file}`,
    published,
    url: `https://example.org/${encodeURIComponent(file)}`,
    outlet: 'Example',
    actors: [...names].map(([name, kind]) => ({ name, kind, aliases: [], roles: [] })),
    interactions,
    ...extra,
  };
}

export interface Counts {
  articles: number;
  reports: number;
  events: number;
  actors: number;
  typed: number;
  about: number;
}

/** Counts of what articles under `prefix` put in the graph (actors: names containing `tag`). */
export async function countsFor(db: Db, prefix: string, tag: string): Promise<Counts> {
  const [r] = await db.read(
    `RETURN
       COUNT { MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a } AS articles,
       COUNT { MATCH (r:Report) WHERE r.article STARTS WITH $prefix RETURN r } AS reports,
       COUNT { MATCH (e:Event)<-[:REPORTS]-(r:Report) WHERE r.article STARTS WITH $prefix RETURN DISTINCT e } AS events,
       COUNT { MATCH (a:Actor) WHERE a.name CONTAINS $tag RETURN a } AS actors,
       COUNT { MATCH (a:Actor)-[t]->(:Actor) WHERE a.name CONTAINS $tag AND t.eventId IS NOT NULL RETURN t } AS typed,
       COUNT { MATCH (e:Event)-[:ABOUT]->(:Topic) WHERE e.sourceId CONTAINS toLower($tag) RETURN e } AS about`,
    { prefix, tag },
  );
  return r as unknown as Counts;
}

/** Events of one type between two named actors (either direction), with their report count. */
export async function eventsBetween(
  db: Db,
  type: InteractionType,
  a: string,
  b: string,
): Promise<{ id: string; date: string | null; reportCount: number; topics: string[] }[]> {
  const rows = await db.read(
    `MATCH (x:Actor {name: $a})<-[:SOURCE|TARGET]-(e:Event {type: $type})-[:SOURCE|TARGET]->(y:Actor {name: $b})
     RETURN e.id AS id, e.date AS date, e.reportCount AS reportCount, e.topics AS topics
     ORDER BY date`,
    { type, a, b },
  );
  return rows as never;
}
