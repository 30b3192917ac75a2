/**
 * The app factory: builds the Express app from its dependencies so that
 * main.ts and tests can start it on any port.
 */
import express, { type Express } from 'express';
import type { Config } from '../config.js';
import type { Db } from '../db.js';
import { errorMiddleware } from './error-middleware.js';

export interface AppDeps {
  db: Db;
  config: Config;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/health', async (_req, res) => {
    const up = await deps.db.isUp();
    res.status(up ? 200 : 503).json({
      status: up ? 'ok' : 'degraded',
      neo4j: { up, database: deps.db.database },
    });
  });
  app.use(errorMiddleware);
  return app;
}
