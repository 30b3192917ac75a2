/**
 * The Neo4j Browser guide (`:play http://localhost:3000/guide`) and style
 * (`:style http://localhost:3000/guide/style.grass`). The guide's slides take
 * their queries from cypher/queries, so what a user runs in Browser is what
 * the app runs. Browser fetches both cross-origin: CORS header on each.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { CYPHER_DIR, loadQuery } from '../graph/cypher-files.js';

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A runnable code block (Browser runs it into a new frame when clicked). */
function code(cypher: string): string {
  return `<pre mode="cypher" class="pre-scrollable code runnable standalone-example ng-binding">${esc(cypher.trim())}</pre>`;
}

interface Slide {
  title: string;
  lead: string;
  body: string;
}

function slide(s: Slide): string {
  return `
    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>${esc(s.title)}</h3>
        <p class="lead">${s.lead}</p>
      </div>
      <div class="col-sm-9">
        ${s.body}
      </div>
    </slide>`;
}

/** Browser's :params command for a query's parameters. */
function params(values: Record<string, unknown>): string {
  const parts = Object.entries(values).map(
    ([k, v]) =>
      `${k}: ${v === null ? 'null' : typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : JSON.stringify(v).replace(/"/g, "'")}`,
  );
  return `:params {${parts.join(', ')}}`;
}

async function librarySlide(
  name: string,
  title: string,
  values: Record<string, unknown>,
): Promise<string> {
  const q = await loadQuery(name);
  const doc = q.params.map((p) => `<li><code>$${esc(p.name)}</code>: ${esc(p.doc)}</li>`).join('');
  return slide({
    title,
    lead: esc(q.description.split('\n')[0] ?? ''),
    body: `<p>Set the parameters, then run the library query <code>${esc(name)}.cypher</code>:</p>
        <ul>${doc}</ul>
        ${code(params(values))}
        ${code(q.cypher)}`,
  });
}

export async function guideHtml(baseUrl: string): Promise<string> {
  const slides = [
    slide({
      title: 'Diplomacy knowledge graph',
      lead: 'Actors, their interactions, and the sentences that report them.',
      body: `<p>Every fact comes from a sentence of a news article. The graph has:</p>
        <ul>
          <li><b>Actors</b> (<code>:Actor</code> with <code>:Person</code>, <code>:Country</code>, <code>:Organization</code> or <code>:Group</code>), captioned by name;</li>
          <li><b>Events</b> (<code>:Event</code>): one per real interaction, merged across articles, with type, CAMEO root, date, topics;</li>
          <li><b>Reports</b> (<code>:Report</code>): one per sentence that reports an event, in an <b>Article</b>;</li>
          <li><b>Topics</b> (<code>:Topic</code>) and direct typed relationships between actors (<code>PHONE_CALL</code>, <code>MEETING</code>, <code>STATEMENT</code> …) for paths.</li>
        </ul>
        <p>First, load the app's style so nodes show names and colours by kind:</p>
        ${code(`:style ${baseUrl}/guide/style.grass`)}
        <p>What is in the graph:</p>
        ${code(`MATCH (n) WHERE n:Actor OR n:Event OR n:Report OR n:Article OR n:Topic
RETURN labels(n)[-1] AS label, count(*) AS nodes ORDER BY nodes DESC`)}`,
    }),
    slide({
      title: 'Actors and their contacts',
      lead: 'Direct typed relationships between actors: one per event.',
      body: `<p>Calls and meetings between actors (click a node, then expand it):</p>
        ${code(`MATCH p = (:Actor)-[:PHONE_CALL|MEETING]-(:Actor) RETURN p LIMIT 50`)}
        <p>Each relationship carries <code>eventId</code>, <code>date</code> and <code>topics</code>. Roles of persons:</p>
        ${code(`MATCH p = (:Person)-[:HOLDS_ROLE]->() RETURN p LIMIT 50`)}`,
    }),
    slide({
      title: 'Provenance, one hop away',
      lead: 'An event, its reports, their sentences and articles.',
      body: `<p>Events reported by more than one article, with their reports and articles:</p>
        ${code(`MATCH (e:Event) WHERE e.reportCount > 1
MATCH p = (e)<-[:REPORTS]-(:Report)-[:IN_ARTICLE]->(:Article)
RETURN p LIMIT 25`)}
        <p>As a table with the evidence sentences:</p>
        ${code(`MATCH (e:Event)<-[:REPORTS]-(r:Report)-[:IN_ARTICLE]->(a:Article)
RETURN e.name AS event, r.evidence AS sentence, a.title AS article, a.url AS url
ORDER BY e.reportCount DESC, event LIMIT 25`)}`,
    }),
    await librarySlide('who-spoke-to-whom-about', 'Who spoke to whom about …', {
      topic: 'peace conference',
      from: null,
      to: null,
    }),
    slide({
      title: '… the same, as a graph',
      lead: 'Calls and meetings about a topic, with the actors.',
      body: `${code(`MATCH (:Topic {name: 'peace conference'})<-[:ABOUT]-(e:Event)
MATCH p = (e)-[:SOURCE|TARGET]->(:Actor)
RETURN p`)}`,
    }),
    await librarySlide('shortest-paths', 'How are two actors connected?', {
      source: 'Lin Jian',
      target: 'Eli Cohen',
      types: null,
    }),
    slide({
      title: 'Paths, drawn',
      lead: 'The same question, returning the path itself.',
      body: `${code(`MATCH (a:Actor {name: 'Lin Jian'}), (b:Actor {name: 'Eli Cohen'})
MATCH p = allShortestPaths((a)-[:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE*..6]-(b))
RETURN p LIMIT 10`)}`,
    }),
    await librarySlide('time-respecting-path', 'A chain of contacts in time order', {
      source: 'Wang Yi',
      target: 'Riyad al-Maliki',
      topic: 'peace conference',
    }),
    await librarySlide('intermediaries', 'Intermediaries', {
      source: 'China',
      target: 'Israel',
    }),
    await librarySlide('actor-interactions', 'Everything an actor did in a window', {
      actor: 'Wang Yi',
      from: '2023-10-01',
      to: '2023-10-31',
    }),
    await librarySlide('topic-timeline', 'The timeline of a topic', { topic: 'ceasefire' }),
    await librarySlide('central-actors', 'The most central actors', { limit: 10 }),
    slide({
      title: 'Search',
      lead: 'Full-text indexes on actor names and aliases, and on topics.',
      body: `${code(`CALL db.index.fulltext.queryNodes('actor_names', 'maliki~') YIELD node, score
RETURN node.name AS actor, node.kind AS kind, node.aliases AS aliases, score LIMIT 10`)}
        ${code(`CALL db.index.fulltext.queryNodes('topic_names', 'peace') YIELD node, score
RETURN node.name AS topic, COUNT { (node)<-[:ABOUT]-() } AS events ORDER BY events DESC`)}
        <p>The model and every query are documented in <code>cypher/README.md</code>.</p>`,
    }),
  ];
  return `<style type="text/css" media="screen"></style>
<article class="guide">
  <carousel class="deck container-fluid">${slides.join('\n')}
  </carousel>
</article>
`;
}

function baseUrlOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost:3000'}`;
}

/** GET /guide (Browser guide HTML) and GET /guide/style.grass, both CORS-open. */
export function guideRouter(): express.Router {
  const router = express.Router();
  const cors = (res: Response) => {
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Cache-Control', 'no-cache');
  };
  // Neo4j Browser fetches with custom headers, so it sends a CORS preflight first.
  router.options(['/guide', '/guide/style.grass'], (req, res) => {
    cors(res);
    res.set('Access-Control-Allow-Methods', 'GET, OPTIONS');
    res.set(
      'Access-Control-Allow-Headers',
      req.get('Access-Control-Request-Headers') ?? 'Content-Type, Authorization',
    );
    res.set('Access-Control-Max-Age', '600');
    res.sendStatus(204);
  });
  router.get('/guide', async (req, res) => {
    cors(res);
    res.type('html').send(await guideHtml(baseUrlOf(req)));
  });
  router.get('/guide/style.grass', async (_req, res) => {
    cors(res);
    res
      .type('text/plain')
      .send(await readFile(path.join(CYPHER_DIR, 'browser-style.grass'), 'utf8'));
  });
  return router;
}
