/**
 * `npx tsx bench/api/serve.ts [--port N] [--synthetic N]`: a private Neo4j
 * with the seeds (and N synthetic articles), and the app, for looking at the
 * web app by hand. Ctrl-C stops everything.
 */
import { iterateArticles } from '../synthetic/generate.js';
import { loadSeeds, serveApp, startNeo4j, writeMany } from './stack.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const neo = await startNeo4j((l) => console.log(`[neo4j] ${l}`));
await loadSeeds(neo.db);
const synthetic = Number(opt('--synthetic') ?? 0);
if (synthetic > 0) {
  console.log(
    await writeMany(
      neo.db,
      iterateArticles(synthetic, 7),
      (n) => n % 5000 === 0 && console.log(`${n} articles`),
    ),
  );
}
const app = await serveApp(neo.db, {}, Number(opt('--port') ?? 0));
console.log(`App on ${app.url} (Neo4j ${neo.uri}); ingest token bench-ingest-token-0123456789`);
const stop = async () => {
  await app.close();
  await neo.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
