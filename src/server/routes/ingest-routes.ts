/**
 * Article ingest routes, all behind the ingest token: preview (JSON
 * `{ text, filename? }`, or the raw file as text/plain, text/markdown or
 * text/html with `?filename=`) and commit of a preview.
 */
import express, { Router } from 'express';
import { KgError } from '../../errors.js';
import { requireIngestToken } from '../auth.js';
import type { IngestService } from '../services/ingest-service.js';
import { ingestCommitBody, ingestPreviewBody, parseInput } from '../validate.js';

/** The server was started without an extractor or writer. */
export class IngestUnavailableError extends KgError {}

export function ingestRoutes(deps: {
  ingest: IngestService | null;
  token: string | undefined;
}): Router {
  const r = Router();
  const guard = requireIngestToken(deps.token);
  const rawText = express.text({
    type: ['text/plain', 'text/markdown', 'text/html'],
    limit: '5mb',
  });
  const service = (): IngestService => {
    if (!deps.ingest)
      throw new IngestUnavailableError('Article ingest is not available on this server');
    return deps.ingest;
  };

  r.post('/ingest/preview', guard, rawText, async (req, res) => {
    const input =
      typeof req.body === 'string'
        ? { text: req.body, filename: req.query.filename }
        : (req.body as unknown);
    const body = parseInput(ingestPreviewBody, input);
    res.json(await service().preview(body.text, body.filename));
  });

  r.post('/ingest/commit', guard, async (req, res) => {
    const body = parseInput(ingestCommitBody, req.body);
    res.status(201).json(await service().commit(body.previewId));
  });
  return r;
}
