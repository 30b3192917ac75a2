/** Route for the read-only Cypher console. */
import { Router } from 'express';
import type { CypherService } from '../services/cypher-service.js';
import { cypherBody, parseInput } from '../validate.js';

export function cypherRoutes(deps: { cypher: CypherService }): Router {
  const r = Router();
  r.post('/cypher', async (req, res) => {
    const body = parseInput(cypherBody, req.body);
    res.json(await deps.cypher.run(body.query, body.params));
  });
  return r;
}
