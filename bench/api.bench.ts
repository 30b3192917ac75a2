/**
 * `npm run bench:api`: API latency under load and page time-to-interactive.
 *
 * 1. A private Neo4j (temporary folder, free ports) with the seeds loaded by
 *    the real loader; autocannon with 50 concurrent clients for 10 s on the
 *    graph, search and path endpoints (p50/p95/p99, errors, non-2xx), and
 *    the page measured in Chromium.
 * 2. The same Neo4j grown with synthetic articles (100,000 by default,
 *    KG_BENCH_ARTICLES to change; bench/synthetic's generator, written by
 *    the bulk writer of bench/api/bulk-synthetic.ts); the API again.
 * 3. A second private Neo4j with a 10k-actor / 50k-edge synthetic graph;
 *    the page measured in Chromium.
 * Results are printed and written to bench/results/api.json.
 * Targets: API p95 < 50 ms with zero errors; page interactive < 2 s on the
 * seeds and < 5 s on 10k actors / 50k edges.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Db } from '../src/db.js';
import { iterateArticles } from './synthetic/generate.js';
import { loadTest, timeOnce, type LoadResult } from './api/load-test.js';
import { medianPage, type PageTiming } from './api/page-timing.js';
import { bulkWriteMany } from './api/bulk-synthetic.js';
import { loadSeeds, spawnApp, startNeo4j } from './api/stack.js';
import { graphCounts } from '../src/graph/loader.js';
import { viewArticles } from './api/synthetic-view.js';

const CONNECTIONS = Number(process.env.KG_BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.KG_BENCH_SECONDS ?? 10);
const ARTICLES = Number(process.env.KG_BENCH_ARTICLES ?? 100_000);
const VIEW_ACTORS = Number(process.env.KG_BENCH_VIEW_ACTORS ?? 10_000);
const VIEW_EDGES = Number(process.env.KG_BENCH_VIEW_EDGES ?? 50_000);
const PAGE_RUNS = 3;
/** Where the synthetic graph's Neo4j lives between runs (git-ignored): built once, reused. */
const BIG_HOME = `bench/results/neo4j-${ARTICLES}-articles`;
const VIEW_HOME = `bench/results/neo4j-${VIEW_ACTORS}-actors-${VIEW_EDGES}-edges`;
const GZIP = { 'accept-encoding': 'gzip' };

const log = (...a: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const q = encodeURIComponent;

/** Realistic request mixes drawn from the graph itself (deterministic order). */
async function sampleRequests(db: Db) {
  const actors = (await db.read(
    `MATCH (a:Actor) WITH a, COUNT { (a)<-[:SOURCE|TARGET]-() } AS n WHERE n > 0
     RETURN a.name AS name ORDER BY n DESC, name LIMIT 200`,
  )) as { name: string }[];
  const topics = (await db.read(
    `MATCH (t:Topic)<-[:ABOUT]-(e:Event) WITH t, count(e) AS n RETURN t.name AS name ORDER BY n DESC, name LIMIT 20`,
  )) as { name: string }[];
  const names = actors.map((a) => a.name);
  const search = names
    .slice(0, 60)
    .flatMap((n) => [n.slice(0, 3), n.split(' ')[0]!, n])
    .map((s) => `/api/search?q=${q(s)}`);
  const who = topics.map((t) => `/api/paths/who-spoke-to-whom?topic=${q(t.name)}`);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < Math.min(names.length, 40); i += 2) {
    pairs.push(
      `/api/paths/shortest?source=${q(names[i]!)}&target=${q(names[names.length - 1 - i]!)}`,
    );
  }
  const graph = ['/api/graph'];
  // Filtered views as the app asks for them: one or two types over a month of the data.
  const [{ last }] = (await db.read(
    'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN max(e.date) AS last',
  )) as { last: string }[];
  const months = [0, 1, 2, 3].map((back) => {
    const d = new Date(`${String(last).slice(0, 7)}-15T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - back);
    return d.toISOString().slice(0, 7);
  });
  const graphFiltered = months.flatMap((m) => [
    `/api/graph?types=MEETING,PHONE_CALL&from=${m}&to=${m}`,
    `/api/graph?types=STATEMENT&from=${m}&to=${m}`,
    `/api/graph?topics=${q(topics[0]?.name ?? 'ceasefire')}&from=${m}&to=${m}`,
  ]);
  return { search, who, shortest: pairs, graph, graphFiltered };
}

type Neo = Awaited<ReturnType<typeof startNeo4j>>;

async function apiSuite(
  label: string,
  neo: Neo,
): Promise<{ load: LoadResult[]; cold: Record<string, unknown>[] }> {
  const db = neo.db;
  const app = await spawnApp(neo);
  try {
    const r = await sampleRequests(db);
    const suites: [string, string[]][] = [
      ['graph (whole, gzip)', r.graph],
      ['graph (type/topic + month, gzip)', r.graphFiltered],
      ['search (autocomplete)', r.search],
      ['paths: who spoke to whom', r.who],
      ['paths: shortest', r.shortest],
    ];
    // Cold: the first request of each distinct query, nothing cached yet (this also warms
    // the caches, as real use does, before the load test).
    const cold: Record<string, unknown>[] = [];
    for (const [name, paths] of suites) {
      const times: number[] = [];
      let bytes = 0;
      for (const p of paths) {
        const t = await timeOnce(`${app.url}${p}`, GZIP);
        if (t.status !== 200) throw new Error(`${p}: HTTP ${t.status}`);
        times.push(t.ms);
        bytes = Math.max(bytes, t.bytes);
      }
      times.sort((a, b) => a - b);
      cold.push({
        graph: label,
        endpoint: name,
        queries: times.length,
        coldMedianMs: round(times[Math.floor(times.length / 2)]!),
        coldMaxMs: round(times[times.length - 1]!),
        maxBytes: bytes,
      });
    }
    const load: LoadResult[] = [];
    // A browser reloading the page revalidates the graph it holds: 304 when nothing changed.
    const { etag } = await timeOnce(`${app.url}/api/graph`, GZIP);
    const suitesWithHeaders: [string, string[], Record<string, string>][] = [
      ...suites.map(([n, p]): [string, string[], Record<string, string>] => [n, p, GZIP]),
      ['graph (whole, revalidated: 304)', r.graph, { ...GZIP, 'if-none-match': etag ?? '' }],
    ];
    for (const [name, paths, headers] of suitesWithHeaders) {
      log(
        `${label}: ${name} (${paths.length} distinct requests, ${CONNECTIONS} clients, ${DURATION} s)`,
      );
      const res = await loadTest({
        name: `${label} · ${name}`,
        baseUrl: app.url,
        paths,
        connections: CONNECTIONS,
        durationSec: DURATION,
        headers,
      });
      log(
        `  p50 ${round(res.p50)} ms, p95 ${round(res.p95)} ms, p99 ${round(res.p99)} ms, ${res.rps} req/s, errors ${res.errors}, non-2xx ${res.non2xx}`,
      );
      load.push(res);
    }
    return { load, cold };
  } finally {
    await app.close();
  }
}

async function pageSuite(label: string, neo: Neo): Promise<PageTiming & { graph: string }> {
  const app = await spawnApp(neo);
  try {
    // One warm-up request fills the server's graph cache like any running server's.
    await timeOnce(`${app.url}/api/graph`, GZIP);
    const t = await medianPage(app.url, PAGE_RUNS);
    log(
      `${label}: page interactive in ${round(t.readyMs)} ms (layout done ${round(t.layoutDoneMs)} ms), ${t.nodes} actors, ${t.edges} edges`,
    );
    return { graph: label, ...t };
  } finally {
    await app.close();
  }
}

const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const results: {
    api: LoadResult[];
    cold: Record<string, unknown>[];
    page: (PageTiming & { graph: string })[];
    sizes: Record<string, unknown>;
  } = {
    api: [],
    cold: [],
    page: [],
    sizes: {},
  };

  log('Seeds: a private Neo4j with the seeds loaded by the real loader…');
  const seedsNeo = await startNeo4j();
  try {
    await loadSeeds(seedsNeo.db);
    results.sizes.seeds = await graphCounts(seedsNeo.db);
    const seeds = await apiSuite('seeds', seedsNeo);
    results.api.push(...seeds.load);
    results.cold.push(...seeds.cold);
    results.page.push(await pageSuite('seeds', seedsNeo));
  } finally {
    await seedsNeo.stop();
  }

  log(`Synthetic: a private Neo4j in ${BIG_HOME}…`);
  const neo = await startNeo4j(undefined, BIG_HOME);
  try {
    const existing = await graphCounts(neo.db);
    const t = Date.now();
    if (existing.articles < ARTICLES) {
      log(
        `Writing ${ARTICLES.toLocaleString('en')} synthetic articles (bench/api/bulk-synthetic.ts)…`,
      );
      await bulkWriteMany(neo.db, iterateArticles(ARTICLES, 7), (n) => {
        if (n % 10_000 === 0)
          log(
            `  ${n.toLocaleString('en')} articles (${Math.round(n / ((Date.now() - t) / 1000))}/s)`,
          );
      });
    } else log(`Reusing the ${existing.articles.toLocaleString('en')} articles already there`);
    const counts = await graphCounts(neo.db);
    results.sizes.synthetic = {
      generated: ARTICLES,
      ...counts,
      writeSeconds: (Date.now() - t) / 1000,
    };
    log('Graph:', counts);
    const big = await apiSuite(`${ARTICLES / 1000}k articles`, neo);
    results.api.push(...big.load);
    results.cold.push(...big.cold);
  } finally {
    await neo.stop();
  }

  log(
    `View: a private Neo4j in ${VIEW_HOME} for the ${VIEW_ACTORS}-actor / ${VIEW_EDGES}-edge page test…`,
  );
  const neo2 = await startNeo4j(undefined, VIEW_HOME);
  try {
    if ((await graphCounts(neo2.db)).articles === 0) {
      await bulkWriteMany(neo2.db, viewArticles(VIEW_ACTORS, VIEW_EDGES));
    }
    const counts = await graphCounts(neo2.db);
    const rels = await neo2.db.read(
      'MATCH (:Actor)-[r]->(:Actor) WHERE r.eventId IS NOT NULL RETURN count(r) AS n',
    );
    results.sizes.view = { ...counts, typedEdges: rels[0]?.n };
    log('Graph:', results.sizes.view);
    results.page.push(
      await pageSuite(`${VIEW_ACTORS / 1000}k actors / ${VIEW_EDGES / 1000}k edges`, neo2),
    );
  } finally {
    await neo2.stop();
  }

  console.log(
    '\nAPI under load (' +
      CONNECTIONS +
      ' concurrent clients, ' +
      DURATION +
      ' s each; target p95 < 50 ms, 0 errors)',
  );
  console.table(
    results.api.map((r) => ({
      case: r.name,
      'req/s': r.rps,
      p50: round(r.p50),
      p95: round(r.p95),
      p99: round(r.p99),
      errors: r.errors,
      non2xx: r.non2xx,
    })),
  );
  console.log('Cold (first request of a query, nothing cached)');
  console.table(results.cold);
  console.log(
    'Page time to interactive in Chromium (median of ' +
      PAGE_RUNS +
      '; targets 2 s seeds, 5 s 10k/50k)',
  );
  console.table(
    results.page.map((p) => ({
      graph: p.graph,
      actors: p.nodes,
      edges: p.edges,
      'interactive ms': round(p.readyMs),
      'data fetched ms': round(p.fetchedMs),
      'drawn ms': round(p.drawnMs),
      'layout done ms': round(p.layoutDoneMs),
    })),
  );
  await mkdir('bench/results', { recursive: true });
  await writeFile(
    'bench/results/api.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        connections: CONNECTIONS,
        durationSec: DURATION,
        ...results,
      },
      null,
      2,
    ),
  );
  log('Written bench/results/api.json');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
