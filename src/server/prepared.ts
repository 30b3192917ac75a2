/**
 * Responses serialised once: JSON and its gzip kept as Buffers with an ETag,
 * so that cached answers cost a lookup and a write, not a JSON.stringify and
 * a compression per request.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface PreparedBody {
  json: Buffer;
  gzip: Buffer;
  etag: string;
}

export function prepareBody(value: unknown): PreparedBody {
  const json = Buffer.from(JSON.stringify(value));
  return {
    json,
    // Small bodies compress poorly and cost more to inflate than to send.
    gzip: json.length > 1024 ? gzipSync(json, { level: 6 }) : json,
    etag: `"${createHash('sha1').update(json).digest('base64url')}"`,
  };
}

/** Sends a prepared body: 304 on a matching ETag, gzip when the client takes it. */
export function sendPrepared(req: Request, res: Response, body: PreparedBody): void {
  res.set('ETag', body.etag);
  res.set('Cache-Control', 'no-cache');
  res.set('Vary', 'Accept-Encoding');
  if (req.get('if-none-match') === body.etag) {
    res.status(304).end();
    return;
  }
  res.type('application/json');
  if (body.gzip !== body.json && /\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
    res.set('Content-Encoding', 'gzip');
    res.send(body.gzip);
  } else res.send(body.json);
}
