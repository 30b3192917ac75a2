/**
 * Article ingest in two steps: `preview` extracts actors and interactions
 * from posted text and keeps the result under an id for a while; `commit`
 * writes that previewed extraction to the graph. The extractor and writer
 * are injected (the real ones come from src/extract and src/graph).
 */
import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../errors.js';
import type { ExtractedArticle } from '../../extract/types.js';

export interface Ingestor {
  /** Parses and extracts one article's text; `file` names it (extension gives the format). */
  extract(text: string, file: string): Promise<ExtractedArticle>;
  /** Writes extracted articles; returns counts for the client. */
  write(articles: ExtractedArticle[]): Promise<Record<string, unknown>>;
}

interface Preview {
  article: ExtractedArticle;
  at: number;
}

const TTL_MS = 30 * 60_000;
const MAX_PREVIEWS = 200;

export function createIngestService(ingestor: Ingestor, onWritten: () => void) {
  const previews = new Map<string, Preview>();

  function prune(): void {
    const now = Date.now();
    for (const [id, p] of previews) if (now - p.at > TTL_MS) previews.delete(id);
    while (previews.size >= MAX_PREVIEWS) previews.delete(previews.keys().next().value!);
  }

  return {
    async preview(text: string, filename?: string) {
      const file = `api-upload/${Date.now()}-${filename ?? 'article.txt'}`;
      const article = await ingestor.extract(text, file);
      prune();
      const previewId = randomUUID();
      previews.set(previewId, { article, at: Date.now() });
      return { previewId, expiresInSeconds: TTL_MS / 1000, article };
    },
    async commit(previewId: string) {
      const p = previews.get(previewId);
      if (!p) throw new NotFoundError(`No preview ${previewId} (expired or already committed)`);
      previews.delete(previewId);
      const written = await ingestor.write([p.article]);
      onWritten();
      return { committed: true, file: p.article.file, title: p.article.title, ...written };
    },
  };
}
export type IngestService = ReturnType<typeof createIngestService>;
