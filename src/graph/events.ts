/**
 * Pure rules of the graph model: canonical ids (actors, articles, topics,
 * reports, events), the cross-article event-merging rule and the
 * "said in a call" rule. No I/O here, so every rule has unit tests and the
 * writer only feeds data in and writes the answers out.
 *
 * Event-merging rule (cypher/README.md has the long form):
 *  - reports share an event when they have the same type and the same
 *    participants (for symmetric types, in either order) — the "group" — and
 *    compatible dates;
 *  - a report dated to the day belongs to the group's event of that day: two
 *    calls on different days stay two events;
 *  - a report dated only to the month, or undated ("floating"), joins the
 *    group's one compatible dated event (same month; for undated reports, any
 *    date, or within 31 days before the article's publication when that is
 *    known); when several are compatible it joins the one nearest the
 *    publication date, or, with no publication date, stays apart; when none
 *    is, floating reports of a group share one month event or one undated
 *    event;
 *  - reports without a target merge only when dated to the same day.
 * The assignment depends only on the set of reports, never on load order:
 * the writer re-runs it for every group a batch touches.
 */
import { createHash } from 'node:crypto';
import {
  SYMMETRIC_TYPES,
  type ActorKind,
  type ExtractedArticle,
  type InteractionType,
} from '../extract/types.js';

export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_RE = /^\d{4}-\d{2}$/;

/** Types in which one actor addresses another: what can be "said in" a call or meeting. */
export const SAID_TYPES: ReadonlySet<InteractionType> = new Set([
  'STATEMENT',
  'APPEAL',
  'PROPOSAL',
  'SUPPORT',
  'CRITICISM',
]);
/** Types that are conversations: they take the subjects of what is said in them. */
export const CONVERSATION_TYPES: ReadonlySet<InteractionType> = new Set(['PHONE_CALL', 'MEETING']);

/** How far (in sentences) after a call's sentence a statement may still be inside it. */
export const SAID_IN_MAX_SENTENCES = 3;
/** An undated report is of an event at most this many days before its article's publication. */
export const UNDATED_WINDOW_DAYS = 31;

export function hash(text: string, length = 16): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** Lower-case ASCII slug: accents stripped, runs of other characters to '-'. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Canonical identity of an actor: kind and slug of its canonical name, e.g. `person:wang-yi`. */
export function actorId(kind: ActorKind, name: string): string {
  return `${kind}:${slug(name) || hash(name, 8)}`;
}

/** Key under which a name or alias finds actors (case-insensitive lookups in the library). */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Topics are lower-case phrases: the library's $topic parameter uses the same form. */
export function topicKey(topic: string): string {
  return topic.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An article's identity is its file path, normalised (forward slashes, no leading "./"). */
export function articleId(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** Hash of everything the graph takes from an article: equal hash ⇒ nothing to write. */
export function contentHash(article: ExtractedArticle, version: string): string {
  return hash(`${version}\n${JSON.stringify(article)}`, 24);
}

export function reportId(artId: string, index: number): string {
  return `r:${hash(artId, 16)}:${index}`;
}

export type DateKind = 'day' | 'month' | null;

export function dateKind(date: string | null | undefined): DateKind {
  if (!date) return null;
  if (DAY_RE.test(date)) return 'day';
  if (MONTH_RE.test(date)) return 'month';
  return null;
}

/** Keeps only dates of the contract's forms (YYYY-MM-DD or YYYY-MM). */
export function cleanDate(date: string | null | undefined): string | null {
  return dateKind(date) ? date! : null;
}

/** First and last day an event of this date can fall on (null for undated). */
export function dateRange(date: string | null): { from: string | null; to: string | null } {
  const k = dateKind(date);
  if (k === 'day') return { from: date, to: date };
  if (k === 'month') {
    const [y, m] = date!.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${date}-01`, to: `${date}-${String(last).padStart(2, '0')}` };
  }
  return { from: null, to: null };
}

/** Participants of an event in canonical order: symmetric types sort the pair. */
export function participants(
  type: InteractionType,
  source: string,
  target: string | null,
): { source: string; target: string | null } {
  if (target && SYMMETRIC_TYPES.has(type) && target < source)
    return { source: target, target: source };
  return { source, target };
}

/** The group of an interaction: same type, same participants (canonical order). */
export function groupKey(type: InteractionType, source: string, target: string | null): string {
  const p = participants(type, source, target);
  return `${type}|${p.source}|${p.target ?? ''}`;
}

/** Unordered pair key: a statement between A and B can be part of a call between B and A. */
export function pairKey(a: string, b: string | null): string | null {
  if (!b) return null;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function eventId(group: string, cluster: string): string {
  return `ev:${hash(`${group}#${cluster}`, 20)}`;
}

/** A report whose date is not a day: its event is chosen by assignFloating. */
export interface FloatingReport {
  id: string;
  /** null or YYYY-MM. */
  date: string | null;
  /** The article's publication date (YYYY-MM-DD) or null. */
  published: string | null;
}

/** Cluster keys: `d:YYYY-MM-DD`, `m:YYYY-MM`, `u` (undated). */
export type ClusterKey = string;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** Among candidate days, the one nearest the publication date (earlier wins a tie). */
function nearest(days: string[], published: string): string {
  let best = days[0]!;
  for (const d of days.slice(1)) {
    const db = Math.abs(daysBetween(d, published));
    const bb = Math.abs(daysBetween(best, published));
    if (db < bb || (db === bb && d < best)) best = d;
  }
  return best;
}

/**
 * Chooses the cluster of each floating report of one targeted group, given
 * the days of the group's day-dated events. Deterministic and independent of
 * input order.
 */
export function assignFloating(
  dayDates: Iterable<string>,
  floating: FloatingReport[],
): Map<string, ClusterKey> {
  const days = [...new Set(dayDates)].sort();
  const out = new Map<string, ClusterKey>();
  const unresolvedMonths = new Set<string>();
  const pending: FloatingReport[] = [];
  for (const r of [...floating].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const published = dateKind(r.published) === 'day' ? r.published : null;
    if (dateKind(r.date) === 'month') {
      const cands = days.filter((d) => d.startsWith(r.date!));
      if (cands.length === 1) out.set(r.id, `d:${cands[0]}`);
      else if (cands.length > 1 && published) out.set(r.id, `d:${nearest(cands, published)}`);
      else {
        out.set(r.id, `m:${r.date}`);
        unresolvedMonths.add(r.date!);
      }
      continue;
    }
    pending.push({ ...r, published });
  }
  for (const r of pending) {
    const p = r.published;
    const cands = p
      ? days.filter((d) => {
          const back = daysBetween(p, d);
          return back >= -1 && back <= UNDATED_WINDOW_DAYS;
        })
      : days;
    if (cands.length === 1) out.set(r.id, `d:${cands[0]}`);
    else if (cands.length > 1 && p) out.set(r.id, `d:${nearest(cands, p)}`);
    else if (cands.length > 1) out.set(r.id, 'u');
    else {
      // No dated event: an unresolved month event of the group if it is the only compatible one.
      const months = [...unresolvedMonths].filter(
        (m) => !p || (m <= p.slice(0, 7) && daysBetween(p, `${m}-01`) <= UNDATED_WINDOW_DAYS + 31),
      );
      out.set(r.id, months.length === 1 ? `m:${months[0]}` : 'u');
    }
  }
  return out;
}

/** The date an event of a cluster carries. */
export function clusterDate(cluster: ClusterKey): string | null {
  if (cluster.startsWith('d:') || cluster.startsWith('m:')) return cluster.slice(2);
  return null;
}

/** Cluster of a report that is not floating: day-dated, or targetless (its own event unless dated). */
export function fixedCluster(
  date: string | null,
  hasTarget: boolean,
  reportIdValue: string,
): ClusterKey | null {
  if (dateKind(date) === 'day') return `d:${date}`;
  if (!hasTarget) return `r:${reportIdValue}`;
  return null;
}

/** One interaction of an article, with resolved actor ids, as the said-in rule needs it. */
export interface PositionedInteraction {
  type: InteractionType;
  source: string;
  target: string | null;
  date: string | null;
  /** Sentence index when known, else the interaction's position in the list. */
  position: number;
}

/**
 * Within one article: which statements were made inside which call or
 * meeting. A said-type interaction is inside the nearest call/meeting at or
 * before it (at most SAID_IN_MAX_SENTENCES later, no other call/meeting in
 * between) when its speaker is a participant or a participant's country or
 * organisation (from the article's roles), its addressee is none, a
 * participant or a participant's country, and its date is the call's or
 * unknown. Returns statement index → call index.
 */
export function saidInCalls(
  items: PositionedInteraction[],
  affiliations: ReadonlyMap<string, ReadonlySet<string>>,
  maxDistance = SAID_IN_MAX_SENTENCES,
): Map<number, number> {
  const calls = items
    .map((it, i) => ({ it, i }))
    .filter(({ it }) => CONVERSATION_TYPES.has(it.type) && it.target)
    .sort((a, b) => a.it.position - b.it.position || a.i - b.i);
  const out = new Map<number, number>();
  items.forEach((r, ri) => {
    if (!SAID_TYPES.has(r.type)) return;
    // The call whose span holds r: the last call starting at or before r.
    let host: { it: PositionedInteraction; i: number } | undefined;
    for (const c of calls) {
      if (c.it.position <= r.position) host = c;
      else break;
    }
    if (!host || r.position - host.it.position > maxDistance) return;
    // Calls with different pairs in the host's own sentence ("separate calls with A and B"): ambiguous.
    const hostPair = pairKey(host.it.source, host.it.target);
    const same = calls.filter((c) => c.it.position === host!.it.position);
    if (same.some((c) => pairKey(c.it.source, c.it.target) !== hostPair)) return;
    host = same[0]!;
    const members = [host.it.source, host.it.target!];
    const around = new Set<string>(members);
    for (const m of members) for (const a of affiliations.get(m) ?? []) around.add(a);
    if (!around.has(r.source)) return;
    if (r.target && !around.has(r.target)) return;
    if (r.date && host.it.date && r.date !== host.it.date) return;
    out.set(ri, host.i);
  });
  return out;
}
