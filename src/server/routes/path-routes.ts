/**
 * Routes for path questions: who spoke to whom about a topic, shortest and
 * time-respecting paths, intermediaries. Answers are cached serialised
 * (path queries are the costliest reads and are often asked again).
 */
import { Router, type Request, type Response } from 'express';
import type { SwrCache } from '../cache.js';
import { prepareBody, sendPrepared, type PreparedBody } from '../prepared.js';
import { firstDay, lastDay } from '../dates.js';
import type { PathService } from '../services/path-service.js';
import {
  intermediariesQuery,
  parseInput,
  shortestQuery,
  timeRespectingQuery,
  whoSpokeQuery,
} from '../validate.js';

export function pathRoutes(deps: { paths: PathService; cache: SwrCache<PreparedBody> }): Router {
  const r = Router();
  const answer = async (
    req: Request,
    res: Response,
    key: unknown[],
    load: () => Promise<unknown>,
  ) =>
    sendPrepared(
      req,
      res,
      await deps.cache.get(JSON.stringify(key), async () => prepareBody(await load())),
    );

  r.get('/paths/who-spoke-to-whom', async (req, res) => {
    const q = parseInput(whoSpokeQuery, req.query);
    const from = q.from ? firstDay(q.from) : null;
    const to = q.to ? lastDay(q.to) : null;
    await answer(req, res, ['who', q.topic.toLowerCase(), from, to, q.limit], async () => {
      const all = await deps.paths.whoSpokeToWhom(q.topic, from, to);
      // Pairs come first in date order; a page of them keeps answers light on large graphs.
      return {
        question: 'who-spoke-to-whom',
        topic: q.topic,
        answers: all.slice(0, q.limit),
        total: all.length,
        truncated: all.length > q.limit,
      };
    });
  });
  r.get('/paths/shortest', async (req, res) => {
    const q = parseInput(shortestQuery, req.query);
    await answer(req, res, ['shortest', q.source, q.target, q.types], async () => ({
      question: 'shortest',
      source: q.source,
      target: q.target,
      answers: await deps.paths.shortest(q.source, q.target, q.types),
    }));
  });
  r.get('/paths/time-respecting', async (req, res) => {
    const q = parseInput(timeRespectingQuery, req.query);
    await answer(req, res, ['timed', q.source, q.target, q.topic], async () => ({
      question: 'time-respecting',
      source: q.source,
      target: q.target,
      answers: await deps.paths.timeRespecting(q.source, q.target, q.topic),
    }));
  });
  r.get('/paths/intermediaries', async (req, res) => {
    const q = parseInput(intermediariesQuery, req.query);
    await answer(req, res, ['intermediaries', q.source, q.target], async () => ({
      question: 'intermediaries',
      rows: await deps.paths.intermediaries(q.source, q.target),
    }));
  });
  return r;
}
