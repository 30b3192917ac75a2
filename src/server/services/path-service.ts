/**
 * Path questions answered in one shape for the web app: a list of answers,
 * each a list of hops (from → to, type, date, event, topics) with the
 * evidence sentences and articles behind each hop. Adapts the columns of
 * the graph library's queries (see the header of each .cypher file).
 */
import type { Row } from '../../db.js';
import { PATH_QUERIES, type PathRepository } from '../repositories/path-repository.js';

export interface ActorRef {
  id: string | null;
  name: string;
  kind: string | null;
}
export interface Evidence {
  sentence: string;
  title: string | null;
  url: string | null;
  file: string | null;
  published: string | null;
}
export interface Hop {
  from: ActorRef;
  /** Null for a statement made with no listener. */
  to: ActorRef | null;
  type: string;
  date: string | null;
  eventId: string | null;
  topics: string[];
  /** Role title, for HOLDS_ROLE hops. */
  title: string | null;
  evidence: Evidence[];
}
export interface Answer {
  length: number;
  hops: Hop[];
}

const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : v == null ? null : String(v);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};

function evidenceOf(v: unknown): Evidence[] {
  if (!Array.isArray(v)) return [];
  return v.map((e) => {
    const o = obj(e);
    return {
      sentence: str(o.sentence) ?? '',
      title: str(o.title),
      url: str(o.url),
      file: str(o.file),
      published: str(o.published),
    };
  });
}

function hopOf(h: Record<string, unknown>, from: ActorRef, to: ActorRef | null): Hop {
  return {
    from,
    to,
    type: str(h.type) ?? 'RELATED',
    date: str(h.date),
    eventId: str(h.eventId),
    topics: strs(h.topics),
    title: str(h.title),
    evidence: evidenceOf(h.evidence),
  };
}

/** who-spoke-to-whom-about: one row per event, speaker → listener (listener may be null). */
export function answersOfWhoSpoke(rows: Row[]): Answer[] {
  return rows.map((r) => {
    const from = { id: str(r.speakerId), name: str(r.speaker) ?? '', kind: str(r.speakerKind) };
    const to = r.hasListener
      ? { id: str(r.listenerId), name: str(r.listener) ?? '', kind: str(r.listenerKind) }
      : null;
    return { length: 1, hops: [hopOf(r, from, to)] };
  });
}

/** shortest-paths: nodes in path order and hops naming their ends; hops follow the walk. */
export function answersOfShortest(rows: Row[]): Answer[] {
  return rows.map((r) => {
    const nodes = (Array.isArray(r.nodes) ? r.nodes : []).map((n) => {
      const o = obj(n);
      return { id: str(o.id), name: str(o.name) ?? '', kind: str(o.kind) };
    });
    const hops = (Array.isArray(r.hops) ? r.hops : []).map((h, i) => {
      const o = obj(h);
      // The hop joins nodes i and i+1 of the walk; from/to keep the stored direction
      // (who called, who appealed to whom), which may run against the walk.
      const a = nodes[i] ?? { id: null, name: str(o.from) ?? '', kind: null };
      const b = nodes[i + 1] ?? { id: null, name: str(o.to) ?? '', kind: null };
      const forward = str(o.from) === a.name;
      return { ...hopOf(o, forward ? a : b, forward ? b : a) };
    });
    return { length: Number(r.length ?? hops.length), hops };
  });
}

/** time-respecting-path: hops with fromId/toId, in time order. */
export function answersOfTimeRespecting(rows: Row[]): Answer[] {
  return rows.map((r) => {
    const hops = (Array.isArray(r.hops) ? r.hops : []).map((h) => {
      const o = obj(h);
      return hopOf(
        o,
        { id: str(o.fromId), name: str(o.from) ?? '', kind: null },
        { id: str(o.toId), name: str(o.to) ?? '', kind: null },
      );
    });
    return { length: Number(r.length ?? hops.length), hops };
  });
}

export function createPathService(repo: PathRepository) {
  return {
    whoSpokeToWhom: async (topic: string, from: string | null, to: string | null) =>
      answersOfWhoSpoke(await repo.run(PATH_QUERIES.whoSpoke, { topic, from, to })),
    shortest: async (source: string, target: string, types: string[]) =>
      answersOfShortest(
        await repo.run(PATH_QUERIES.shortest, {
          source,
          target,
          types: types.length ? types : null,
        }),
      ),
    timeRespecting: async (source: string, target: string, topic: string) =>
      answersOfTimeRespecting(
        await repo.run(PATH_QUERIES.timeRespecting, { source, target, topic }),
      ),
    intermediaries: (source: string, target: string) =>
      repo.run(PATH_QUERIES.intermediaries, { source, target }),
  };
}
export type PathService = ReturnType<typeof createPathService>;
