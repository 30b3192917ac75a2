/**
 * Bearer-token guard for the writing endpoints. With no KG_INGEST_TOKEN set,
 * writes are refused outright (403, saying how to enable them); a missing or
 * wrong token is a 401. Tokens are compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { KgError, UnauthorizedError } from '../errors.js';

/** Writing through the API is switched off (no token configured). */
export class WritesDisabledError extends KgError {}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireIngestToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) {
      throw new WritesDisabledError(
        'Writing through the API is disabled: set KG_INGEST_TOKEN (16+ characters) on the server',
      );
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!m) throw new UnauthorizedError('Send the ingest token as "Authorization: Bearer <token>"');
    if (!timingSafeEqual(digest(m[1]!), digest(token))) {
      throw new UnauthorizedError('The ingest token is wrong');
    }
    next();
  };
}
