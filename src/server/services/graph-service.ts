/**
 * The graph view: actors and typed relationships, filtered by type, topic,
 * date range and actor kind. Responses are serialised and gzipped once and
 * cached by filter (stale-while-revalidate), since the whole graph is the
 * most requested and most expensive read.
 */
import { SwrCache } from '../cache.js';
import { firstDay, lastDay } from '../dates.js';
import { prepareBody, type PreparedBody } from '../prepared.js';
import type { GraphFilter, GraphRepository } from '../repositories/graph-repository.js';

export function createGraphService(repo: GraphRepository, opts: { cacheTtlMs?: number } = {}) {
  const cache = new SwrCache<PreparedBody>({ ttlMs: opts.cacheTtlMs ?? 5_000, maxEntries: 64 });

  async function build(f: GraphFilter) {
    const edges = await repo.edges({
      ...f,
      from: f.from ? firstDay(f.from) : null,
      to: f.to ? lastDay(f.to) : null,
    });
    const edgeFiltered = f.types.length > 0 || f.topics.length > 0 || f.from || f.to;
    const truncated = edges.length >= f.limit;
    // Unfiltered, every actor is drawn (isolated ones too); filtered, only the ends of kept edges.
    let ids: string[] | null = null;
    if (edgeFiltered || truncated) {
      const set = new Set<string>();
      for (const e of edges) set.add(e.source).add(e.target);
      ids = [...set];
    }
    const nodes = ids && ids.length === 0 ? [] : await repo.nodes(f.kinds, ids);
    return {
      nodes,
      edges,
      truncated,
      counts: { nodes: nodes.length, edges: edges.length },
    };
  }

  return {
    /** The view as a plain object (tests, internal use). */
    view: build,
    /** The view serialised for HTTP, from the cache when possible. */
    prepared: (f: GraphFilter) =>
      cache.get(JSON.stringify(f), async () => prepareBody(await build(f))),
    invalidate: () => cache.clear(),
  };
}
export type GraphService = ReturnType<typeof createGraphService>;
