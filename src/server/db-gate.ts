/**
 * Fails fast when Neo4j is down. The driver retries managed transactions on
 * "service unavailable" for up to 30 s, so without this gate a request would
 * hang that long before its 503. The gate checks connectivity at most once
 * per interval (shared by concurrent requests) and answers 503 at once while
 * the database is unreachable.
 */
import type { RequestHandler } from 'express';
import type { Db } from '../db.js';
import { DatabaseUnavailableError } from '../errors.js';

export function dbGate(db: Db, opts: { intervalMs?: number; checkTimeoutMs?: number } = {}) {
  const intervalMs = opts.intervalMs ?? 1000;
  const checkTimeoutMs = opts.checkTimeoutMs ?? 3000;
  let up = true;
  let checkedAt = 0;
  let checking: Promise<boolean> | null = null;

  function check(): Promise<boolean> {
    checking ??= Promise.race([
      db.isUp(),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), checkTimeoutMs).unref()),
    ]).then((ok) => {
      up = ok;
      checkedAt = Date.now();
      checking = null;
      return ok;
    });
    return checking;
  }

  const middleware: RequestHandler = async (_req, _res, next) => {
    const stale = Date.now() - checkedAt > intervalMs;
    // While up, re-check in the background; while down (or before the first check),
    // requests wait for a fresh answer.
    const mustWait = checkedAt === 0 || (stale && !up);
    if (stale && !mustWait) void check();
    const ok = mustWait ? await check() : up;
    if (!ok) {
      throw new DatabaseUnavailableError(
        'Neo4j is not available: the database cannot be reached, try again shortly',
      );
    }
    next();
  };
  return { middleware, markDown: () => ((up = false), (checkedAt = Date.now())) };
}
