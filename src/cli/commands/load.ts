/**
 * `kg load <files or folders> [--batch N]`: extracts articles and writes them
 * into Neo4j (schema applied first). A progress bar on a terminal, a summary
 * at the end; files that fail are listed and skipped (exit status 1).
 */
import cliProgress from 'cli-progress';
import { applySchema } from '../../graph/schema.js';
import { loadArticles } from '../../graph/loader.js';
import { openDb } from '../connection.js';

export const summary = 'extract articles and load them into Neo4j (idempotent; --batch N)';

const USAGE = 'Usage: kg load <files or folders> [--batch N]';

export async function run(args: string[]): Promise<number> {
  const paths: string[] = [];
  let batchSize = 200;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--batch') batchSize = Number(args[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else paths.push(a);
  }
  if (!paths.length || !Number.isInteger(batchSize) || batchSize < 1) {
    console.error(USAGE);
    return 2;
  }
  const db = await openDb();
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: 'loading [{bar}] {percentage}% {value}/{total} files | {file}',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    await applySchema(db);
    let started = false;
    const s = await loadArticles(db, paths, {
      batchSize,
      onProgress: (done, total, file) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, 0, { file: '' });
          started = true;
        }
        bar.update(done, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
      },
    });
    bar?.stop();
    for (const f of s.failed) console.error(`skipped ${f.file}: ${f.error}`);
    if (s.skippedInteractions.length)
      console.error(
        `${s.skippedInteractions.length} interactions not written (actor missing from the article's actors)`,
      );
    console.log(
      [
        `Loaded ${s.files} files in ${s.seconds.toFixed(1)} s: ${s.written} articles written, ` +
          `${s.unchanged} unchanged, ${s.failed.length} failed; ${s.reports} reports written.`,
        `Graph: ${s.totals.articles} articles, ${s.totals.actors} actors, ${s.totals.events} events, ` +
          `${s.totals.reports} reports, ${s.totals.topics} topics.`,
      ].join('\n'),
    );
    return s.failed.length ? 1 : 0;
  } finally {
    bar?.stop();
    await db.close();
  }
}
