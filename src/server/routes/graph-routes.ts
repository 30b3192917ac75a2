/** Routes for the graph view, search, and the actor and event panels. */
import { Router } from 'express';
import { NotFoundError } from '../../errors.js';
import type { SwrCache } from '../cache.js';
import { prepareBody, sendPrepared, type PreparedBody } from '../prepared.js';
import type { GraphRepository } from '../repositories/graph-repository.js';
import type { GraphService } from '../services/graph-service.js';
import type { SearchService } from '../services/search-service.js';
import {
  actorParams,
  actorQuery,
  eventParams,
  graphQuery,
  parseInput,
  searchQuery,
} from '../validate.js';

export function graphRoutes(deps: {
  graph: GraphService;
  search: SearchService;
  repo: GraphRepository;
  /** Serialised answers; autocomplete asks the same prefixes again and again. */
  cache: SwrCache<PreparedBody>;
}): Router {
  const r = Router();

  r.get('/graph', async (req, res) => {
    const q = parseInput(graphQuery, req.query);
    const body = await deps.graph.prepared({
      types: q.types,
      topics: q.topics,
      kinds: q.kinds,
      from: q.from ?? null,
      to: q.to ?? null,
      limit: q.limit,
    });
    sendPrepared(req, res, body);
  });

  r.get('/search', async (req, res) => {
    const q = parseInput(searchQuery, req.query);
    const key = JSON.stringify(['search', q.q.toLowerCase(), q.kinds, q.limit]);
    const body = await deps.cache.get(key, async () =>
      prepareBody({ query: q.q, hits: await deps.search.search(q.q, q.kinds, q.limit) }),
    );
    sendPrepared(req, res, body);
  });

  r.get('/actors/:id', async (req, res) => {
    const { id } = parseInput(actorParams, req.params);
    const { limit } = parseInput(actorQuery, req.query);
    const actor = await deps.repo.actor(id, limit);
    if (!actor) throw new NotFoundError(`No actor with id "${id}"`);
    res.json(actor);
  });

  r.get('/events/:id', async (req, res) => {
    const { id } = parseInput(eventParams, req.params);
    const event = await deps.repo.event(id);
    if (!event) throw new NotFoundError(`No event with id "${id}"`);
    res.json(event);
  });

  return r;
}
