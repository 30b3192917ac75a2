/**
 * `npm run bench:load [-- --sizes 1000,10000,100000 --naive 1000 --runs 40 --batch 1000 --seed 42]`:
 * for each size, a fresh Neo4j (the local Maven-built one, on free ports in a
 * temporary folder) gets that many synthetic articles through the graph
 * writer (extraction bypassed: articles are generated already extracted);
 * then a naive baseline (one MERGE statement and one transaction per fact)
 * writes a sample of the same articles; then each library query runs with
 * parameters drawn from the data and its p50/p95 latency is measured.
 * Prints a table and writes bench/results/load.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type Db } from '../src/db.js';
import { QueryTimeoutError } from '../src/errors.js';
import { loadQuery, listQueries } from '../src/graph/cypher-files.js';
import { graphCounts, type GraphCounts } from '../src/graph/loader.js';
import { applySchema } from '../src/graph/schema.js';
import { statementTimes, writeArticles } from '../src/graph/writer.js';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j-local/local-neo4j.js';
import type { ExtractedArticle } from '../src/extract/types.js';
import { iterateArticles, rng } from './synthetic/generate.js';
import { NAIVE_SCHEMA, naiveWrite } from './synthetic/naive.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const QUERIES = arg('queries', 'all');
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const NAIVE = Number(arg('naive', '1000'));
const RUNS = Number(arg('runs', '40'));
const BATCH = Number(arg('batch', '1000'));
const SEED = Number(arg('seed', '42'));
const HEAP = arg('heap', '2g');
const TIMEOUT_MS = Number(arg('timeout', '10000'));
const PAGECACHE = arg('pagecache', '4g');

interface LoadResult {
  articles: number;
  reports: number;
  seconds: number;
  articlesPerSecond: number;
  reportsPerSecond: number;
}

interface QueryStat {
  query: string;
  runs: number;
  p50ms: number;
  p95ms: number;
  maxMs: number;
  meanRows: number;
  timeouts: number;
}

interface SizeResult {
  size: number;
  loader: LoadResult;
  naive: LoadResult;
  speedup: number;
  graph: GraphCounts;
  queries: QueryStat[];
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

let running: string | null = null;
// Ctrl-C: stop the benchmark's own Neo4j and remove its folder.
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.once(sig, () => {
    const home = running;
    if (!home) process.exit(130);
    void stopLocalNeo4j(home)
      .then(() => rm(home, { recursive: true, force: true }))
      .finally(() => process.exit(130));
  });

/** Warms the new instance (plan cache, JIT) on throwaway articles, then removes them. */
async function warmUp(db: Db): Promise<void> {
  const articles = [...iterateArticles(600, SEED + 1000, 'warmup')];
  for (let i = 0; i < articles.length; i += 200)
    await writeArticles(db, articles.slice(i, i + 200), { batchSize: 100 });
  await db.write(
    'MATCH (n) WHERE n:Actor OR n:ActorName OR n:Article OR n:Event OR n:Report OR n:Topic DETACH DELETE n',
  );
  statementTimes.clear();
}

async function withNeo4j<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  running = home;
  const info = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heapSize: HEAP,
    pagecacheSize: PAGECACHE,
  });
  const db = createDb({
    uri: info.boltUri,
    user: info.user,
    password: info.password,
    database: 'neo4j',
  });
  try {
    return await work(db);
  } finally {
    await db.close();
    await stopLocalNeo4j(home);
    await rm(home, { recursive: true, force: true });
    running = null;
  }
}

/** Loads `size` synthetic articles in chunks (the generator streams; 100k never sit in memory at once). */
async function loadSynthetic(db: Db, size: number): Promise<LoadResult> {
  const started = performance.now();
  let reports = 0;
  let articles = 0;
  let chunk: ExtractedArticle[] = [];
  const flush = async () => {
    const r = await writeArticles(db, chunk, { batchSize: BATCH });
    reports += r.reports;
    articles += r.written;
    chunk = [];
    const s = (performance.now() - started) / 1000;
    process.stderr.write(
      `\r  loader: ${articles}/${size} articles, ${reports} reports, ${round(s)} s, ${Math.round(reports / s)} reports/s   `,
    );
  };
  for (const a of iterateArticles(size, SEED)) {
    chunk.push(a);
    if (chunk.length >= BATCH * 5) await flush();
  }
  if (chunk.length) await flush();
  process.stderr.write('\n');
  if (process.env.KG_PROFILE)
    for (const [k, v] of [...statementTimes].sort((a, b) => b[1] - a[1]))
      process.stderr.write(`${v.toFixed(0).padStart(8)} ms  ${k}\n`);
  statementTimes.clear();
  const seconds = (performance.now() - started) / 1000;
  return {
    articles,
    reports,
    seconds: round(seconds, 2),
    articlesPerSecond: round(articles / seconds),
    reportsPerSecond: round(reports / seconds),
  };
}

async function naive(db: Db, size: number): Promise<LoadResult> {
  for (const s of NAIVE_SCHEMA) await db.write(s);
  await db.write('CALL db.awaitIndexes(60)');
  const sample: ExtractedArticle[] = [];
  for (const a of iterateArticles(size, SEED)) {
    sample.push(a);
    if (sample.length >= Math.min(NAIVE, size)) break;
  }
  const started = performance.now();
  const reports = await naiveWrite(db, sample);
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: sample.length,
    reports,
    seconds: round(seconds, 2),
    articlesPerSecond: round(sample.length / seconds),
    reportsPerSecond: round(reports / seconds),
  };
}

/** Parameters for each library query, drawn from the loaded graph. */
async function paramSets(db: Db, n: number): Promise<Record<string, Record<string, unknown>[]>> {
  const r = rng(SEED + 1);
  const actors = (
    await db.read(
      `MATCH (a:Actor) WITH a, COUNT { (a)<-[:SOURCE|TARGET]-() } AS d WHERE d > 0
       RETURN a.name AS name, d ORDER BY a.id`,
    )
  ).map((x) => String(x.name));
  const topics = (await db.read('MATCH (t:Topic) RETURN t.name AS name ORDER BY name')).map((x) =>
    String(x.name),
  );
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const day = () => {
    const y = 2020 + Math.floor(r() * 5);
    const m = 1 + Math.floor(r() * 12);
    return `${y}-${String(m).padStart(2, '0')}-01`;
  };
  const window = () => {
    const from = day();
    const to = new Date(Date.parse(from) + 90 * 86_400_000).toISOString().slice(0, 10);
    return { from, to };
  };
  const out: Record<string, Record<string, unknown>[]> = {};
  const sets = (f: () => Record<string, unknown>) => Array.from({ length: n }, f);
  out['who-spoke-to-whom-about'] = sets(() => ({ topic: pick(topics), ...window() }));
  out['actor-interactions'] = sets(() => ({ actor: pick(actors), ...window() }));
  out['shortest-paths'] = sets(() => ({
    source: pick(actors),
    target: pick(actors),
    types: r() < 0.5 ? null : ['PHONE_CALL', 'MEETING', 'VISIT'],
  }));
  out['time-respecting-path'] = sets(() => ({
    source: pick(actors),
    target: pick(actors),
    topic: pick(topics),
  }));
  out['intermediaries'] = sets(() => ({ source: pick(actors), target: pick(actors) }));
  out['topic-timeline'] = sets(() => ({ topic: pick(topics) }));
  out['central-actors'] = sets(() => ({ limit: 20 }));
  return out;
}

async function queries(db: Db): Promise<QueryStat[]> {
  const params = await paramSets(db, RUNS);
  const stats: QueryStat[] = [];
  for (const name of await listQueries()) {
    const sets = params[name];
    if (!sets) continue; // other engineers' queries: not part of this benchmark
    if (QUERIES !== 'all' && !QUERIES.split(',').includes(name)) continue;
    const q = await loadQuery(name);
    // Warm-up: plan cache and page cache.
    for (const p of sets.slice(0, 3))
      await db.read(q.cypher, p, { timeoutMs: TIMEOUT_MS }).catch(() => []);
    const times: number[] = [];
    let rows = 0;
    let timeouts = 0;
    for (const p of sets) {
      const t = performance.now();
      try {
        rows += (await db.read(q.cypher, p, { timeoutMs: TIMEOUT_MS })).length;
      } catch (err) {
        // A run past the limit counts at the limit (and is reported), it does not stop the benchmark.
        if (!(err instanceof QueryTimeoutError)) throw err;
        timeouts++;
      }
      times.push(performance.now() - t);
    }
    stats.push({
      query: name,
      runs: times.length,
      p50ms: round(pct(times, 50)),
      p95ms: round(pct(times, 95)),
      maxMs: round(Math.max(...times)),
      meanRows: round(rows / times.length),
      timeouts,
    });
    process.stderr.write(
      `  ${name}: p50 ${round(pct(times, 50))} ms, p95 ${round(pct(times, 95))} ms${timeouts ? ` (${timeouts} runs past ${TIMEOUT_MS} ms)` : ''}\n`,
    );
  }
  return stats;
}

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  const started = new Date().toISOString();
  for (const size of SIZES) {
    console.error(`\n== ${size} articles (seed ${SEED}, batch ${BATCH}) ==`);
    const res = await withNeo4j(async (db) => {
      await applySchema(db);
      await warmUp(db);
      const loader = await loadSynthetic(db, size);
      const graph = await graphCounts(db);
      const qs = await queries(db);
      console.error(`  naive baseline on ${Math.min(NAIVE, size)} articles…`);
      const nv = await naive(db, size);
      return {
        size,
        loader,
        naive: nv,
        speedup: round(loader.reportsPerSecond / nv.reportsPerSecond),
        graph,
        queries: qs,
      };
    });
    results.push(res);
  }

  const lines: string[] = [];
  lines.push(
    '| articles | loader articles/s | loader reports/s | naive reports/s (sample) | speed-up | load time | events | reports |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results)
    lines.push(
      `| ${r.size} | ${r.loader.articlesPerSecond} | ${r.loader.reportsPerSecond} | ${r.naive.reportsPerSecond} (${r.naive.articles} art.) | ${r.speedup}× | ${r.loader.seconds} s | ${r.graph.events} | ${r.graph.reports} |`,
    );
  lines.push('', `| query | ${results.map((r) => `p50 / p95 ms @ ${r.size}`).join(' | ')} |`);
  lines.push(`|---|${results.map(() => '---:').join('|')}|`);
  for (const q of results[0]?.queries ?? [])
    lines.push(
      `| ${q.query} | ${results
        .map((r) => {
          const s = r.queries.find((x) => x.query === q.query);
          return s ? `${s.p50ms} / ${s.p95ms}` : '-';
        })
        .join(' | ')} |`,
    );
  console.log(lines.join('\n'));
  const outDir = path.join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'load.json');
  writeFileSync(
    file,
    JSON.stringify(
      {
        started,
        finished: new Date().toISOString(),
        machine: { cpus: os.cpus().length, memoryGb: round(os.totalmem() / 2 ** 30) },
        settings: {
          sizes: SIZES,
          naive: NAIVE,
          runs: RUNS,
          batch: BATCH,
          seed: SEED,
          heap: HEAP,
          pagecache: PAGECACHE,
        },
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\nResults written to ${path.relative(root, file)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
