/**
 * The real ingest pipeline behind /api/ingest: the article reader
 * (format detection, metadata, sentences), the extractor, and the graph
 * layer's writer.
 */
import { parseArticle } from '../article/index.js';
import type { Db } from '../db.js';
import { extractArticle } from '../extract/index.js';
import { writeArticles } from '../graph/writer.js';
import type { Ingestor } from './services/ingest-service.js';

export function defaultIngestor(db: Db): Ingestor {
  return {
    async extract(text, file) {
      return extractArticle(parseArticle(text, file));
    },
    async write(articles) {
      const r = await writeArticles(db, articles);
      return { written: r.written, unchanged: r.unchanged, reports: r.reports, skipped: r.skipped };
    },
  };
}
