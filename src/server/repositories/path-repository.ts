/**
 * Path questions through the graph library's named queries
 * (cypher/queries/{who-spoke-to-whom-about, shortest-paths,
 * time-respecting-path, intermediaries}.cypher, owned by the graph layer;
 * their columns are documented at the top of each file).
 */
import type { Db, Row } from '../../db.js';
import { loadQuery } from '../../graph/cypher-files.js';

export const PATH_QUERIES = {
  whoSpoke: 'who-spoke-to-whom-about',
  shortest: 'shortest-paths',
  timeRespecting: 'time-respecting-path',
  intermediaries: 'intermediaries',
} as const;

const TIMEOUT_MS = 30_000;

export function createPathRepository(db: Db) {
  return {
    async run(name: string, params: Record<string, unknown>): Promise<Row[]> {
      const q = await loadQuery(name);
      return db.read(q.cypher, params, { timeoutMs: TIMEOUT_MS });
    },
  };
}
export type PathRepository = ReturnType<typeof createPathRepository>;
