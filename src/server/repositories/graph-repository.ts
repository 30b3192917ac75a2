/**
 * Reads for the graph view, search and the actor and event panels. The
 * Cypher lives in cypher/queries/*.cypher and runs as-is, with parameters
 * only: kinds and types are matched as values, never spliced into text.
 */
import neo4j from 'neo4j-driver';
import type { Db } from '../../db.js';
import { loadQuery } from '../../graph/cypher-files.js';

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  date: string | null;
  topics: string[];
}
export interface GraphFilter {
  types: string[];
  topics: string[];
  kinds: string[];
  from: string | null;
  to: string | null;
  limit: number;
}
export interface SearchHit {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  score: number;
  events: number;
}

/** Timeout of the app's own queries: generous, they are indexed. */
const TIMEOUT_MS = 30_000;

async function run<T>(db: Db, name: string, params: Record<string, unknown>): Promise<T[]> {
  const q = await loadQuery(name);
  return (await db.read(q.cypher, params, { timeoutMs: TIMEOUT_MS })) as T[];
}

export function createGraphRepository(db: Db) {
  return {
    // With a lower date bound the Event date index finds the rows; otherwise one scan.
    edges: (f: GraphFilter) =>
      run<GraphEdge>(db, f.from ? 'graph-view-edges-dated' : 'graph-view-edges', {
        types: f.types,
        topics: f.topics,
        kinds: f.kinds,
        from: f.from,
        to: f.to,
        limit: neo4j.int(f.limit),
      }),
    nodes: (kinds: string[], ids: string[] | null) =>
      run<GraphNode>(db, 'graph-view-nodes', { kinds, ids }),
    searchFullText: (query: string, kinds: string[], limit: number) =>
      run<SearchHit>(db, 'search-actors', { query, kinds, limit: neo4j.int(limit) }),
    searchScan: (words: string[], kinds: string[], limit: number) =>
      run<SearchHit>(db, 'search-actors-scan', { words, kinds, limit: neo4j.int(limit) }),
    actor: async (id: string, limit: number) =>
      (
        await run<Record<string, unknown>>(db, 'actor-detail', { id, limit: neo4j.int(limit) })
      )[0] ?? null,
    event: async (id: string) =>
      (await run<Record<string, unknown>>(db, 'event-detail', { id }))[0] ?? null,
  };
}
export type GraphRepository = ReturnType<typeof createGraphRepository>;
