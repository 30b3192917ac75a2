/**
 * A synthetic graph sized for the page benchmark: `actors` actors and
 * `interactions` interactions (each with a target, so one edge each),
 * written as extracted articles of 5 interactions through the real writer.
 * Popularity is skewed (a few hubs, many leaves) like news; deterministic.
 */
import {
  INTERACTION_TYPES,
  type ActorKind,
  type ExtractedArticle,
} from '../../src/extract/types.js';
import { rng } from '../synthetic/generate.js';

const KINDS: ActorKind[] = [
  'person',
  'person',
  'person',
  'person',
  'person',
  'person',
  'organization',
  'organization',
  'country',
  'group',
];
const TOPICS = [
  'ceasefire',
  'peace talks',
  'humanitarian aid',
  'two-state solution',
  'de-escalation',
  'trade',
  'security',
];

export function* viewArticles(
  actors: number,
  interactions: number,
  seed = 11,
): Generator<ExtractedArticle> {
  const r = rng(seed);
  const names = Array.from({ length: actors }, (_, i) => ({
    name: `Actor ${String(i).padStart(5, '0')} ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}`,
    kind: KINDS[i % KINDS.length]!,
  }));
  // Skewed popularity: index ~ actors * u^2 favours low indices (hubs).
  const pickActor = () => names[Math.floor(actors * r() * r())]!;
  const perArticle = 5;
  // Every actor appears at least once: the first articles walk through them all.
  let next = 0;
  for (let a = 0; a * perArticle < interactions; a++) {
    const its: ExtractedArticle['interactions'] = [];
    const used = new Map<string, ActorKind>();
    for (let k = 0; k < perArticle && a * perArticle + k < interactions; k++) {
      const s = next < actors ? names[next++]! : pickActor();
      let t = pickActor();
      if (t.name === s.name) t = names[(names.indexOf(t) + 1) % actors]!;
      used.set(s.name, s.kind);
      used.set(t.name, t.kind);
      const day = Math.floor(r() * 730);
      const date = new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      its.push({
        type: INTERACTION_TYPES[Math.floor(r() * INTERACTION_TYPES.length)]!,
        source: s.name,
        target: t.name,
        date,
        topics: [TOPICS[Math.floor(r() * TOPICS.length)]!],
        evidence: `${s.name} and ${t.name} interacted on ${date} (synthetic sentence ${a}.${k}).`,
        sentenceIndex: k,
      });
    }
    yield {
      file: `synthetic-view/${a}.txt`,
      title: `Synthetic view article ${a}`,
      published: '2024-01-01',
      url: `https://example.org/synthetic-view/${a}`,
      actors: [...used].map(([name, kind]) => ({ name, kind, aliases: [], roles: [] })),
      interactions: its,
    };
  }
}
