/**
 * The app factory: builds the Express app from its dependencies so that
 * main.ts and tests can start it on any port. Routes → services →
 * repositories (Cypher in cypher/queries) → the db module.
 */
import express, { type Express } from 'express';
import type { Config } from '../config.js';
import type { Db } from '../db.js';
import { NotFoundError } from '../errors.js';
import { SwrCache } from './cache.js';
import { dbGate } from './db-gate.js';
import { errorMiddleware } from './error-middleware.js';
import { graphWatch } from './graph-watch.js';
import { guideRouter } from './guide.js';
import { defaultIngestor } from './ingest-pipeline.js';
import { openApiDocument } from './openapi.js';
import type { PreparedBody } from './prepared.js';
import { createGraphRepository } from './repositories/graph-repository.js';
import { createPathRepository } from './repositories/path-repository.js';
import { cypherRoutes } from './routes/cypher-routes.js';
import { graphRoutes } from './routes/graph-routes.js';
import { ingestRoutes } from './routes/ingest-routes.js';
import { pathRoutes } from './routes/path-routes.js';
import { createCypherService } from './services/cypher-service.js';
import { createGraphService } from './services/graph-service.js';
import { createIngestService, type Ingestor } from './services/ingest-service.js';
import { createPathService } from './services/path-service.js';
import { createSearchService } from './services/search-service.js';
import { webApp } from './web-static.js';

export interface AppDeps {
  db: Db;
  config: Config;
  /** Extractor + writer for /api/ingest; defaults to the project's real ones. */
  ingestor?: Ingestor | null;
  /** Folder of the built web app (default dist/web). */
  webDir?: string;
  /** Longest a cached graph view, search or path answer is served before a background refresh (default 10 min). */
  graphCacheTtlMs?: number;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });

  const graphRepo = createGraphRepository(deps.db);
  // Cached answers live until the graph changes (graphWatch) or a write through the API;
  // the TTL is only a safety net (stale entries are refreshed in the background).
  const ttlMs = deps.graphCacheTtlMs ?? 10 * 60_000;
  const graph = createGraphService(graphRepo, { cacheTtlMs: ttlMs });
  // Answers of search and path questions, serialised: served from memory while fresh,
  // refreshed in the background when stale, dropped after a write through the API.
  const answers = new SwrCache<PreparedBody>({ ttlMs, maxEntries: 2000 });
  const search = createSearchService(graphRepo);
  const paths = createPathService(createPathRepository(deps.db));
  const cypher = createCypherService(deps.db, {
    timeoutMs: deps.config.KG_QUERY_TIMEOUT_MS,
    rowCap: deps.config.KG_QUERY_ROW_CAP,
  });
  const ingestor = deps.ingestor === undefined ? defaultIngestor(deps.db) : deps.ingestor;
  const dropCaches = () => {
    graph.invalidate();
    answers.clear();
  };
  const ingest = ingestor ? createIngestService(ingestor, dropCaches) : null;

  const api = express.Router();
  api.use(express.json({ limit: '6mb' }));
  api.get('/health', async (_req, res) => {
    const up = await deps.db.isUp();
    res.status(up ? 200 : 503).json({
      status: up ? 'ok' : 'degraded',
      neo4j: { up, database: deps.db.database },
      ...(up ? {} : { message: 'Neo4j is not available' }),
    });
  });
  api.get(['/docs', '/openapi.json'], (_req, res) => void res.json(openApiDocument()));
  api.use(dbGate(deps.db).middleware);
  api.use(graphWatch(deps.db, dropCaches));
  api.use(graphRoutes({ graph, search, repo: graphRepo, cache: answers }));
  api.use(pathRoutes({ paths, cache: answers }));
  api.use(cypherRoutes({ cypher }));
  api.use(ingestRoutes({ ingest, token: deps.config.KG_INGEST_TOKEN }));
  api.use((req) => {
    throw new NotFoundError(`No API endpoint ${req.method} /api${req.path}`);
  });

  app.use('/api', api);
  // Neo4j Browser guide and style (graph layer's router), before the web app's fallback.
  app.use(guideRouter());
  app.use(webApp(deps.webDir));
  app.use(errorMiddleware);
  return app;
}
