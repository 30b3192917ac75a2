/**
 * Keeps cached answers honest when the graph is written by someone else
 * (the CLI loader, another app instance): at most once per interval, and
 * without holding up requests, it reads a fingerprint of the graph from
 * Neo4j's count store and calls `onChange` when it differs.
 */
import type { RequestHandler } from 'express';
import type { Db } from '../db.js';
import { loadQuery } from '../graph/cypher-files.js';

export function graphWatch(db: Db, onChange: () => void, intervalMs = 1000): RequestHandler {
  let last: string | null = null;
  let checkedAt = 0;
  let checking = false;

  async function check(): Promise<void> {
    checking = true;
    try {
      const q = await loadQuery('graph-fingerprint');
      const rows = await db.read(q.cypher, {}, { timeoutMs: 5000 });
      const now = JSON.stringify(rows[0] ?? null);
      if (last !== null && now !== last) onChange();
      last = now;
    } catch {
      // Neo4j down: the db gate answers 503; caches are checked again once it is back.
      last = null;
      onChange();
    } finally {
      checkedAt = Date.now();
      checking = false;
    }
  }

  return (_req, _res, next) => {
    if (!checking && Date.now() - checkedAt > intervalMs) void check();
    next();
  };
}
