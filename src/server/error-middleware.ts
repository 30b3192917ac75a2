/**
 * Maps the named error classes to HTTP status codes in one place. Clients get
 * `{ error: { type, message } }`, never a stack trace.
 */
import type { ErrorRequestHandler } from 'express';
import {
  ArticleReadError,
  DatabaseUnavailableError,
  InvalidInputError,
  NotFoundError,
  QueryRejectedError,
  QueryTimeoutError,
  UnauthorizedError,
} from '../errors.js';
import { WritesDisabledError } from './auth.js';
import { IngestUnavailableError } from './routes/ingest-routes.js';

const STATUS: [new (...args: never[]) => Error, number][] = [
  [InvalidInputError, 400],
  [ArticleReadError, 400],
  [UnauthorizedError, 401],
  [NotFoundError, 404],
  [QueryRejectedError, 403],
  [QueryTimeoutError, 408],
  [DatabaseUnavailableError, 503],
  [WritesDisabledError, 403],
  [IngestUnavailableError, 503],
];

export function statusOf(err: unknown): number {
  for (const [cls, status] of STATUS) if (err instanceof cls) return status;
  const s = (err as { status?: unknown; statusCode?: unknown })?.status;
  // Errors raised by Express's own parsers (malformed JSON, body too large) carry a 4xx status.
  if (typeof s === 'number' && s >= 400 && s < 500) return s;
  return 500;
}

export const errorMiddleware: ErrorRequestHandler = (err, _req, res, _next) => {
  const status = statusOf(err);
  if (
    status >= 500 &&
    !(err instanceof DatabaseUnavailableError || err instanceof IngestUnavailableError)
  ) {
    console.error('Unhandled error:', err);
  }
  const type = err instanceof Error ? err.constructor.name : 'Error';
  const message =
    status === 500 ? 'Internal server error' : err instanceof Error ? err.message : String(err);
  const details = err instanceof InvalidInputError ? err.details : undefined;
  res.status(status).json({ error: { type, message, ...(details ? { details } : {}) } });
};
