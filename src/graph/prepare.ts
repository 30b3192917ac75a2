/**
 * Turns extracted articles into the rows the writer sends to Neo4j: actors
 * with canonical ids, name keys, roles, mentions, reports with their group
 * and date kind, and the within-article "said in a call" links. Pure: the
 * same input always gives the same rows, which is what makes loading
 * idempotent and two loaders agree on every id.
 */
import {
  CAMEO_ROOT,
  INTERACTION_TYPES,
  MODALITIES,
  type ActorKind,
  type ExtractedArticle,
  type InteractionType,
  type Modality,
} from '../extract/types.js';
import {
  actorId,
  articleId,
  cleanDate,
  contentHash,
  dateKind,
  fixedCluster,
  groupKey,
  nameKey,
  participants,
  reportId,
  saidInCalls,
  topicKey,
  type DateKind,
  type PositionedInteraction,
} from './events.js';

/** Bump when the way articles become rows changes: every article is then rewritten once. */
export const LOADER_VERSION = 'graph-v3';

const KINDS: ReadonlySet<string> = new Set(['person', 'country', 'organization', 'group']);
const TYPES: ReadonlySet<string> = new Set(INTERACTION_TYPES);
const MODALITY_SET: ReadonlySet<string> = new Set(MODALITIES);

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** nameKey of the name and of every alias, and the id. */
  keys: string[];
}

export interface RoleRow {
  person: string;
  holder: string;
  /** Identity of the role relationship: holder|title|from|to. */
  key: string;
  title: string | null;
  from: string | null;
  to: string | null;
  article: string;
}

export interface ReportRow {
  id: string;
  article: string;
  type: InteractionType;
  cameo: string;
  /** As the article states them (events hold the canonical order). */
  sourceId: string;
  targetId: string | null;
  /** Canonical participants of the event. */
  eventSource: string;
  eventTarget: string | null;
  evidence: string;
  sentenceIndex: number | null;
  date: string | null;
  dateKind: DateKind;
  published: string | null;
  topics: string[];
  confidence: number | null;
  modality: Modality | null;
  groupKey: string;
  /** Set for floating reports of targeted groups (their event is chosen per group). */
  floatKey: string | null;
  /** The cluster when it does not depend on other reports (day-dated or targetless). */
  fixedCluster: string | null;
}

export interface ArticleRow {
  id: string;
  file: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  contentHash: string;
}

export interface PreparedArticle {
  article: ArticleRow;
  /** Actors of the article plus role holders named only in roles. */
  actors: ActorRow[];
  /** Ids of the article's own actors (MENTIONS). */
  mentions: string[];
  roles: RoleRow[];
  reports: ReportRow[];
  /** Statement report id → call report id (same article). */
  saidIn: { from: string; to: string }[];
  /** Interactions dropped, with the reason (unknown actor, type, empty evidence). */
  skipped: string[];
}

function clean(s: string | null | undefined): string | null {
  const t = typeof s === 'string' ? s.trim() : '';
  return t ? t : null;
}

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Publication date as YYYY-MM-DD when the value starts with one. */
function publishedDay(published: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published ?? '');
  return m ? m[1]! : null;
}

export function prepareArticle(a: ExtractedArticle): PreparedArticle {
  const artId = articleId(a.file);
  const published = publishedDay(a.published);
  const actors = new Map<string, ActorRow>();
  const byName = new Map<string, string>();
  const skipped: string[] = [];

  const addActor = (name: string, kind: ActorKind, aliases: string[]): ActorRow => {
    const id = actorId(kind, name);
    let row = actors.get(id);
    if (!row) {
      // The id is a key too, so callers may pass ids wherever a name is accepted.
      row = { id, name: name.trim(), kind, aliases: [], keys: uniq([nameKey(name), id]) };
      actors.set(id, row);
    }
    for (const al of aliases) {
      const t = al.trim();
      if (!t || nameKey(t) === nameKey(row.name) || row.aliases.includes(t)) continue;
      row.aliases.push(t);
      row.keys = uniq([...row.keys, nameKey(t)]);
    }
    return row;
  };

  for (const act of a.actors ?? []) {
    const name = clean(act.name);
    if (!name || !KINDS.has(act.kind)) continue;
    const row = addActor(name, act.kind, act.aliases ?? []);
    for (const k of row.keys) if (!byName.has(k)) byName.set(k, row.id);
  }
  // Canonical names win over aliases of other actors.
  for (const row of actors.values()) byName.set(nameKey(row.name), row.id);
  const mentions = new Set(actors.keys());

  // Roles: person → organisation and/or country; holders named only in a role become actors.
  const roles: RoleRow[] = [];
  const affiliations = new Map<string, Set<string>>();
  for (const act of a.actors ?? []) {
    const name = clean(act.name);
    if (!name || act.kind !== 'person') continue;
    const person = actorId('person', name);
    for (const role of act.roles ?? []) {
      const holders: { name: string; kind: ActorKind }[] = [];
      const org = clean(role.organization);
      const country = clean(role.country);
      if (org) holders.push({ name: org, kind: 'organization' });
      if (country) holders.push({ name: country, kind: 'country' });
      for (const h of holders) {
        const known = byName.get(nameKey(h.name));
        const holder = known ?? addActor(h.name, h.kind, []).id;
        if (!known) byName.set(nameKey(h.name), holder);
        const title = clean(role.title);
        const from = clean(role.from);
        const to = clean(role.to);
        const key = `${holder}|${title ?? ''}|${from ?? ''}|${to ?? ''}`;
        if (!roles.some((r) => r.person === person && r.key === key))
          roles.push({ person, holder, key, title, from, to, article: artId });
        if (!affiliations.has(person)) affiliations.set(person, new Set());
        affiliations.get(person)!.add(holder);
      }
    }
  }

  const reports: ReportRow[] = [];
  const positioned: PositionedInteraction[] = [];
  const useSentences = (a.interactions ?? []).every((i) => typeof i.sentenceIndex === 'number');
  (a.interactions ?? []).forEach((it, index) => {
    const src = byName.get(nameKey(it.source ?? ''));
    const tgtName = clean(it.target);
    const tgt = tgtName ? byName.get(nameKey(tgtName)) : null;
    if (!TYPES.has(it.type)) return void skipped.push(`#${index}: unknown type ${it.type}`);
    if (!src) return void skipped.push(`#${index}: unknown source actor "${it.source}"`);
    if (tgtName && !tgt) return void skipped.push(`#${index}: unknown target actor "${tgtName}"`);
    const evidence = clean(it.evidence);
    if (!evidence) return void skipped.push(`#${index}: no evidence sentence`);
    const id = reportId(artId, index);
    const date = cleanDate(it.date);
    const gk = groupKey(it.type, src, tgt ?? null);
    const fixed = fixedCluster(date, Boolean(tgt), id);
    const p = participants(it.type, src, tgt ?? null);
    const confidence =
      typeof it.confidence === 'number' && Number.isFinite(it.confidence)
        ? Math.min(1, Math.max(0, it.confidence))
        : null;
    reports.push({
      id,
      article: artId,
      type: it.type,
      cameo: CAMEO_ROOT[it.type],
      sourceId: src,
      targetId: tgt ?? null,
      eventSource: p.source,
      eventTarget: p.target,
      evidence,
      sentenceIndex: typeof it.sentenceIndex === 'number' ? it.sentenceIndex : null,
      date,
      dateKind: dateKind(date),
      published,
      topics: uniq((it.topics ?? []).map(topicKey).filter(Boolean)).sort(),
      confidence,
      modality: it.modality && MODALITY_SET.has(it.modality) ? it.modality : null,
      groupKey: gk,
      floatKey: fixed === null ? gk : null,
      fixedCluster: fixed,
    });
    positioned.push({
      type: it.type,
      source: src,
      target: tgt ?? null,
      date,
      position: useSentences ? it.sentenceIndex! : index,
    });
  });

  // Role holders that take part in an interaction are actors of the article too.
  for (const r of reports) {
    mentions.add(r.sourceId);
    if (r.targetId) mentions.add(r.targetId);
  }

  const saidIn = [...saidInCalls(positioned, affiliations)].map(([from, to]) => ({
    from: reports[from]!.id,
    to: reports[to]!.id,
  }));

  const body: ExtractedArticle = { ...a, file: artId };
  return {
    article: {
      id: artId,
      file: a.file,
      title: clean(a.title),
      published,
      url: clean(a.url),
      outlet: clean(a.outlet),
      author: clean(a.author),
      contentHash: contentHash(body, LOADER_VERSION),
    },
    actors: [...actors.values()],
    mentions: [...mentions],
    roles,
    reports,
    saidIn,
    skipped,
  };
}
