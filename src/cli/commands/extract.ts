/**
 * `kg extract <files or folders> [--json] [--grow-kb]`: extraction of actors
 * and interactions. With --json the EXTRACTION.md shape on stdout; otherwise
 * a readable table. --grow-kb adds the new persons, organisations and groups
 * found to the versioned knowledge base. Per-file errors go to stderr; exit 1
 * if any file failed.
 */
import { listArticleFiles, readArticleFile } from '../../article/index.js';
import { ArticleReadError } from '../../errors.js';
import {
  extractArticle,
  growKnowledgeBase,
  loadKnowledgeBase,
  saveKnowledgeBase,
  type ExtractedArticle,
} from '../../extract/index.js';

export const summary =
  'extract actors and interactions: kg extract <files or folders> [--json] [--grow-kb]';

export interface ExtractRun {
  articles: ExtractedArticle[];
  failures: { file: string; error: string }[];
}

/** Reads and extracts every article under `paths`, collecting per-file failures. */
export async function extractPaths(paths: string[]): Promise<ExtractRun> {
  const kb = loadKnowledgeBase();
  const files = await listArticleFiles(paths);
  const run: ExtractRun = { articles: [], failures: [] };
  for (const file of files) {
    try {
      const doc = await readArticleFile(file);
      if (!doc.sentences.length) throw new ArticleReadError(`${file}: no article text`, file);
      run.articles.push(extractArticle(doc, kb));
    } catch (err) {
      run.failures.push({ file, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return run;
}

function table(a: ExtractedArticle): string {
  const lines = [`${a.file}  ${a.title ?? '(no title)'}  ${a.published ?? 'undated'}`];
  lines.push(
    `  actors (${a.actors.length}): ${a.actors.map((x) => `${x.name} [${x.kind}]`).join(', ')}`,
  );
  for (const i of a.interactions) {
    lines.push(
      `  ${i.type.padEnd(11)} ${i.source} → ${i.target ?? '-'}  ${i.date ?? ''}  ${i.topics.join(', ')}`,
    );
  }
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (!paths.length) {
    console.error('Usage: kg extract <files or folders> [--json]');
    return 2;
  }
  const { articles, failures } = await extractPaths(paths);
  for (const f of failures) console.error(`kg extract: ${f.error}`);
  if (json) process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
  else console.log(articles.map(table).join('\n\n'));
  if (args.includes('--grow-kb')) {
    const kb = loadKnowledgeBase();
    const added = growKnowledgeBase(kb, articles);
    await saveKnowledgeBase(kb);
    console.error(`kg extract: knowledge base grew by ${added.length} actor(s)`);
  }
  return failures.length ? 1 : 0;
}
