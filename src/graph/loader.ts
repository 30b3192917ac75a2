/**
 * `kg load`: article files → extractor → graph writer, in batches. Reading
 * and extracting the next batch overlaps with writing the previous one. A
 * file that cannot be read or extracted is reported and skipped; when a
 * batch fails to write, its articles are retried one by one so that only the
 * bad file is skipped (each write is one transaction: nothing half-written).
 */
import { listArticleFiles, readArticleFile } from '../article/index.js';
import type { Db } from '../db.js';
import { DatabaseUnavailableError } from '../errors.js';
import { extractArticle, loadKnowledgeBase } from '../extract/index.js';
import type { ExtractedArticle } from '../extract/types.js';
import { writeArticles, type WriteResult } from './writer.js';

export interface LoadOptions {
  /** Called after each file is read and extracted (done counts files). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Articles per transaction (default 200). */
  batchSize?: number;
}

export interface GraphCounts {
  articles: number;
  actors: number;
  events: number;
  reports: number;
  topics: number;
}

export interface LoadSummary {
  files: number;
  /** Articles written (new or changed) by this run. */
  written: number;
  /** Articles already in the graph in this exact version. */
  unchanged: number;
  /** Reports written by this run. */
  reports: number;
  failed: { file: string; error: string }[];
  /** Interactions dropped by the writer (e.g. an actor missing from the article's actor list). */
  skippedInteractions: { article: string; reason: string }[];
  /** What the graph holds after the run. */
  totals: GraphCounts;
  seconds: number;
}

export async function graphCounts(db: Db): Promise<GraphCounts> {
  const [row] = await db.read(`
    RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors,
           COUNT { (:Event) } AS events, COUNT { (:Report) } AS reports, COUNT { (:Topic) } AS topics`);
  return {
    articles: Number(row?.articles ?? 0),
    actors: Number(row?.actors ?? 0),
    events: Number(row?.events ?? 0),
    reports: Number(row?.reports ?? 0),
    topics: Number(row?.topics ?? 0),
  };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Loads article files and folders (recursively) into the graph. */
export async function loadArticles(
  db: Db,
  files: string[],
  opts: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const list = await listArticleFiles(files);
  const kb = loadKnowledgeBase();
  const summary: LoadSummary = {
    files: list.length,
    written: 0,
    unchanged: 0,
    reports: 0,
    failed: [],
    skippedInteractions: [],
    totals: { articles: 0, actors: 0, events: 0, reports: 0, topics: 0 },
    seconds: 0,
  };

  const add = (r: WriteResult) => {
    summary.written += r.written;
    summary.unchanged += r.unchanged;
    summary.reports += r.reports;
    summary.skippedInteractions.push(...r.skipped);
  };
  const flush = async (batch: ExtractedArticle[]) => {
    try {
      add(await writeArticles(db, batch, { batchSize: batch.length }));
    } catch (err) {
      // Neo4j down or refusing: no file is at fault, stop the run.
      if (err instanceof DatabaseUnavailableError) throw err;
      if (batch.length === 1) {
        summary.failed.push({ file: batch[0]!.file, error: message(err) });
        return;
      }
      // Find the culprit: one transaction per article.
      for (const a of batch) await flush([a]);
    }
  };

  let pending: Promise<void> = Promise.resolve();
  let batch: ExtractedArticle[] = [];
  let done = 0;
  for (const file of list) {
    try {
      batch.push(extractArticle(await readArticleFile(file), kb));
    } catch (err) {
      summary.failed.push({ file, error: message(err) });
    }
    opts.onProgress?.(++done, list.length, file);
    if (batch.length >= batchSize) {
      const full = batch;
      batch = [];
      await pending;
      pending = flush(full);
    }
  }
  await pending;
  if (batch.length) await flush(batch);
  summary.totals = await graphCounts(db);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
