/**
 * `npm run bench:extract`: extraction speed on one core (this process), in
 * articles per second and MB/s, on the seeds repeated and on long articles
 * (seed bodies concatenated to ~10k words). Prints a table and writes
 * bench/results/extract.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticleFiles, readArticleFile, type ArticleDoc } from '../src/article/index.js';
import { parseArticle } from '../src/article/parse.js';
import { extractArticle, loadKnowledgeBase } from '../src/extract/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  case: string;
  articles: number;
  words: number;
  mb: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process (one core): the rates use it, as other load skews wall time. */
  cpuSeconds: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  wallArticlesPerSecond: number;
}

function measure(name: string, inputs: { text: string; file: string }[], repeat: number): Row {
  const kb = loadKnowledgeBase();
  // Warm-up: regexes, the knowledge base and compromise's lexicon.
  for (const i of inputs) extractArticle(parseArticle(i.text, i.file), kb);
  let bytes = 0;
  let words = 0;
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < repeat; r++) {
    for (const i of inputs) {
      const doc: ArticleDoc = parseArticle(i.text, i.file);
      extractArticle(doc, kb);
      bytes += Buffer.byteLength(i.text);
      words += doc.body.split(/\s+/).length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const articles = inputs.length * repeat;
  return {
    case: name,
    articles,
    words: Math.round(words / articles),
    mb: bytes / 1e6,
    seconds,
    cpuSeconds,
    articlesPerSecond: articles / cpuSeconds,
    mbPerSecond: bytes / 1e6 / cpuSeconds,
    wallArticlesPerSecond: articles / seconds,
  };
}

async function main(): Promise<void> {
  const files = await listArticleFiles([path.join(root, 'seeds')]);
  const texts = await Promise.all(
    files.map(async (f) => ({
      file: f,
      text: (await import('node:fs/promises')).readFile(f, 'utf8'),
    })),
  );
  const seeds = await Promise.all(texts.map(async (t) => ({ file: t.file, text: await t.text })));
  const docs = await Promise.all(files.map((f) => readArticleFile(f)));
  const bodies = docs.map((d) => d.body).join('\n');
  let long = `Long article\ndate 2023-10-24\n\n`;
  while (long.split(/\s+/).length < 10_000) long += `${bodies}\n`;
  // ~600-word articles: the seed sentences cut into consecutive 600-word chunks.
  const sentences = docs.flatMap((d) => d.sentences);
  const pairs: { file: string; text: string }[] = [];
  let chunk: string[] = [];
  let count = 0;
  for (let k = 0; k < sentences.length * 3; k++) {
    const s = sentences[k % sentences.length];
    chunk.push(s);
    count += s.split(/\s+/).length;
    if (count >= 600) {
      pairs.push({
        file: `chunk${pairs.length}.txt`,
        text: `Chunk\ndate 2023-10-24\n\n${chunk.join(' ')}`,
      });
      chunk = [];
      count = 0;
    }
  }
  const rows = [
    measure('seeds ×200', seeds, 200),
    measure('~600 words', pairs, Math.ceil(1000 / pairs.length)),
    measure('long ~10k words ×10', [{ file: 'long.txt', text: long }], 10),
  ];
  console.log(
    'case                 articles  words/article  MB      cpu s   articles/s  MB/s   (wall art/s)',
  );
  for (const r of rows) {
    console.log(
      `${r.case.padEnd(20)} ${String(r.articles).padStart(8)}  ${String(r.words).padStart(13)}  ${r.mb.toFixed(2).padStart(6)}  ${r.cpuSeconds.toFixed(2).padStart(6)}  ${r.articlesPerSecond.toFixed(1).padStart(10)}  ${r.mbPerSecond.toFixed(3)}  (${r.wallArticlesPerSecond.toFixed(1)})`,
    );
  }
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench/results/extract.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
  );
}

void main();
