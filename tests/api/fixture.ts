/**
 * Test data for the API tests: a small extracted article, shaped like seed
 * 004 (two separate calls, one about a peace conference), written through
 * the graph layer's real writer. Every name carries a unique tag, so tests
 * never see each other's data.
 */
import type { Db } from '../../src/db.js';
import type { ExtractedArticle } from '../../src/extract/types.js';
import { actorId } from '../../src/graph/events.js';
import { writeArticles } from '../../src/graph/writer.js';

export interface Fixture {
  tag: string;
  name: (base: string) => string;
  id: (kind: 'person' | 'country' | 'organization' | 'group', base: string) => string;
  article: ExtractedArticle;
  /** Event id of each interaction, by its evidence's first word(s) key. */
  eventIds: Record<string, string>;
}

export function peaceConferenceArticle(tag: string, title?: string): ExtractedArticle {
  const n = (s: string) => `${s} ${tag}`;
  return {
    file: `fixtures/${tag}.txt`,
    title: title ?? `China will do utmost to contribute to reconciliation ${tag}`,
    published: '2023-10-24',
    url: `https://example.org/${tag}`,
    outlet: 'example.org',
    author: null,
    actors: [
      {
        name: n('Wang Yi'),
        kind: 'person',
        aliases: ['Wang'],
        roles: [{ title: 'Foreign Minister', country: n('China') }],
      },
      { name: n('Eli Cohen'), kind: 'person', aliases: [], roles: [] },
      { name: n('Riyad al-Maliki'), kind: 'person', aliases: [], roles: [] },
      { name: n('China'), kind: 'country', aliases: [], roles: [] },
      { name: n('Israel'), kind: 'country', aliases: [], roles: [] },
      { name: n('Hamas'), kind: 'organization', aliases: [], roles: [] },
    ],
    interactions: [
      {
        type: 'PHONE_CALL',
        source: n('Wang Yi'),
        target: n('Eli Cohen'),
        date: '2023-10-23',
        topics: ['self-defence'],
        evidence: "Foreign Minister Wang Yi told Israel's Eli Cohen in a phone call on Monday.",
        sentenceIndex: 0,
      },
      {
        type: 'PHONE_CALL',
        source: n('Wang Yi'),
        target: n('Riyad al-Maliki'),
        date: '2023-10-23',
        topics: ['peace conference'],
        evidence: 'China calls for the convening of an international peace conference, Wang said.',
        sentenceIndex: 4,
      },
      {
        type: 'APPEAL',
        source: n('Wang Yi'),
        target: n('Israel'),
        date: '2023-10',
        topics: ['protection of civilians'],
        evidence: 'Wang also called for Israel to protect the safety of civilians.',
        sentenceIndex: 9,
      },
      {
        type: 'ATTACK',
        source: n('Hamas'),
        target: n('Israel'),
        date: '2023-10-07',
        topics: [],
        evidence: '<script>window.__pwned = true</script> Hamas attacked Israel.',
        sentenceIndex: 14,
      },
      {
        type: 'PROPOSAL',
        source: n('China'),
        target: null,
        date: null,
        topics: ['peace talks'],
        evidence: 'China will do its utmost.',
        sentenceIndex: 20,
      },
    ],
  };
}

/** Writes the fixture article and returns ids to assert on. */
export async function writeFixture(db: Db, tag: string, title?: string): Promise<Fixture> {
  const article = peaceConferenceArticle(tag, title);
  await writeArticles(db, [article]);
  const rows = await db.read(
    `MATCH (r:Report)-[:IN_ARTICLE]->(:Article {file: $file}), (r)-[:REPORTS]->(e:Event)
     RETURN r.evidence AS evidence, e.id AS id`,
    { file: article.file },
  );
  const eventIds: Record<string, string> = {};
  const key = (ev: string) =>
    /phone call on Monday/.test(ev)
      ? 'call-cohen'
      : /peace conference/.test(ev)
        ? 'call-maliki'
        : /called for Israel/.test(ev)
          ? 'appeal-israel'
          : /attacked/.test(ev)
            ? 'attack'
            : 'proposal';
  for (const r of rows) eventIds[key(String(r.evidence))] = String(r.id);
  return {
    tag,
    name: (base) => `${base} ${tag}`,
    id: (kind, base) => actorId(kind, `${base} ${tag}`),
    article,
    eventIds,
  };
}
