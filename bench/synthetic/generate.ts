/**
 * Synthetic extracted articles for benchmarks: a large actor population
 * (persons with roles, countries, organisations, groups; popularity skewed
 * like news: a few actors are everywhere), diplomatic events reported by one
 * to several articles each (so cross-article merging is exercised), realistic
 * evidence sentences, dates to the day, to the month or unknown, and topics
 * from the project's list. Deterministic for a given (count, seed).
 */
import type {
  ActorKind,
  ExtractedActor,
  ExtractedArticle,
  ExtractedInteraction,
  InteractionType,
  Modality,
} from '../../src/extract/types.js';
import { INTERACTION_TYPES, SYMMETRIC_TYPES } from '../../src/extract/types.js';

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'China',
  'United States',
  'Russia',
  'Israel',
  'Palestine',
  'Egypt',
  'Qatar',
  'Saudi Arabia',
  'Iran',
  'Turkey',
  'Jordan',
  'Lebanon',
  'Syria',
  'Iraq',
  'United Arab Emirates',
  'France',
  'Germany',
  'United Kingdom',
  'Italy',
  'Spain',
  'Japan',
  'South Korea',
  'North Korea',
  'India',
  'Pakistan',
  'Bangladesh',
  'Indonesia',
  'Malaysia',
  'Vietnam',
  'Philippines',
  'Thailand',
  'Australia',
  'New Zealand',
  'Canada',
  'Mexico',
  'Brazil',
  'Argentina',
  'Chile',
  'Colombia',
  'Peru',
  'Venezuela',
  'Cuba',
  'South Africa',
  'Nigeria',
  'Kenya',
  'Ethiopia',
  'Algeria',
  'Morocco',
  'Tunisia',
  'Libya',
  'Sudan',
  'Ukraine',
  'Poland',
  'Hungary',
  'Serbia',
  'Greece',
  'Cyprus',
  'Norway',
  'Sweden',
  'Finland',
  'Denmark',
  'Netherlands',
  'Belgium',
  'Switzerland',
  'Austria',
  'Kazakhstan',
  'Uzbekistan',
  'Mongolia',
  'Afghanistan',
  'Nepal',
  'Sri Lanka',
  'Myanmar',
  'Cambodia',
  'Laos',
  'Singapore',
  'Oman',
  'Kuwait',
  'Bahrain',
  'Yemen',
  'Azerbaijan',
  'Armenia',
  'Georgia',
  'Belarus',
  'Ghana',
  'Senegal',
  'Angola',
  'Tanzania',
  'Uganda',
  'Rwanda',
  'Zimbabwe',
  'Zambia',
  'Mozambique',
];
const ORG_BASES = [
  'United Nations',
  'UN Security Council',
  'European Union',
  'African Union',
  'Arab League',
  'NATO',
  'ASEAN',
  'World Health Organization',
  'International Court of Justice',
  'Hamas',
  'Fatah',
  'Hezbollah',
  'Red Cross',
  'UNRWA',
  'World Bank',
  'IMF',
  'Shanghai Cooperation Organisation',
  'Gulf Cooperation Council',
  'BRICS',
  'G20',
];
const MINISTRY_KINDS = ['Foreign Ministry', 'Defence Ministry', 'Embassy', 'Parliament'];
const GROUPS = [
  'international community',
  'Palestinian factions',
  'Arab nations',
  'people of Gaza',
  'Palestinian people',
  'Western countries',
  'Gulf states',
  'developing countries',
  'humanitarian organisations',
  'regional powers',
  'European countries',
  'African nations',
];
const FIRST = [
  'Wei',
  'Li',
  'Ahmed',
  'Mohammed',
  'Sarah',
  'John',
  'Maria',
  'Elena',
  'Yuki',
  'Hiroshi',
  'Anna',
  'Pierre',
  'Olaf',
  'Ivan',
  'Sergei',
  'Fatima',
  'Omar',
  'Aisha',
  'David',
  'Rachel',
  'Carlos',
  'Lucia',
  'Raj',
  'Priya',
  'Kwame',
  'Amina',
  'Jin',
  'Min',
  'Tariq',
  'Layla',
  'Hans',
  'Ingrid',
  'Marco',
  'Giulia',
  'Ali',
  'Reza',
  'Nadia',
  'Yousef',
  'Daniel',
  'Noa',
  'Kenji',
  'Sun',
  'Dmitri',
  'Olga',
  'Emeka',
  'Zainab',
  'Luis',
  'Ana',
  'Thomas',
  'Claire',
  'Antonio',
  'Ines',
  'Samuel',
  'Grace',
  'Viktor',
  'Mei',
  'Hassan',
  'Leila',
  'Jakob',
  'Astrid',
];
const LAST = [
  'Wang',
  'Zhang',
  'Chen',
  'Liu',
  'Yang',
  'Al-Sayed',
  'Haddad',
  'Cohen',
  'Levi',
  'Smith',
  'Johnson',
  'Garcia',
  'Martinez',
  'Rossi',
  'Bianchi',
  'Dubois',
  'Martin',
  'Schmidt',
  'Muller',
  'Ivanov',
  'Petrov',
  'Sato',
  'Tanaka',
  'Kim',
  'Park',
  'Nguyen',
  'Tran',
  'Singh',
  'Sharma',
  'Khan',
  'Rahman',
  'Okafor',
  'Mensah',
  'Kariuki',
  'Abebe',
  'Hosseini',
  'Karimi',
  'Yilmaz',
  'Demir',
  'Novak',
  'Kowalski',
  'Horvath',
  'Papadopoulos',
  'Larsen',
  'Hansen',
  'Berg',
  'Silva',
  'Santos',
  'Costa',
  'Fernandez',
  'Lopez',
  'Gonzalez',
  'Al-Maliki',
  'Mansour',
  'Nasser',
  'Farouk',
  'Aziz',
  'Bakr',
  'Salem',
  'Qureshi',
  'Tan',
  'Lim',
  'Ong',
  'Suzuki',
  'Takahashi',
  'Morales',
  'Romero',
  'Nowak',
  'Popescu',
  'Ionescu',
  'Jensen',
  'Nielsen',
  'Virtanen',
  'Korhonen',
  'Andersson',
  'Ali',
  'Hamid',
  'Jaber',
  'Said',
  'Abdullah',
];
const TITLES = [
  'Foreign Minister',
  'President',
  'Prime Minister',
  'Ambassador',
  'Special Envoy',
  'Foreign Ministry Spokesperson',
  'Defence Minister',
  'Deputy Foreign Minister',
  'National Security Adviser',
];
const TOPICS = [
  'ceasefire',
  'peace talks',
  'peace conference',
  'peace process',
  'two-state solution',
  'humanitarian aid',
  'protection of civilians',
  'self-defence',
  'de-escalation',
  'UN membership',
  'terrorism',
  'bilateral relations',
  'climate change',
  'taiwan',
  'ukraine war',
  'political settlement',
  'strategic partnership',
  'economic ties',
  'free trade',
  'supply chains',
  'sovereignty',
  'regional peace',
  'security',
  'national security',
  'development',
  'border talks',
  'nuclear issue',
  'sanctions',
  'state visit',
  'refugees',
  'hostages',
  'reconciliation',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Evidence templates per type: {s} source, {t} target, {topic}, {when}. */
const TEMPLATES: Record<InteractionType, string[]> = {
  PHONE_CALL: [
    '{s} held a phone call with {t} {when}, discussing {topic}.',
    'In a telephone conversation {when}, {s} told {t} that {topic} must remain a priority.',
    '{s} and {t} spoke by phone {when} about {topic}, according to a statement.',
  ],
  MEETING: [
    '{s} met {t} {when} for talks on {topic}.',
    'During a meeting with {t} {when}, {s} stressed the importance of {topic}.',
    '{s} and {t} held talks {when}, focusing on {topic}.',
  ],
  VISIT: [
    '{s} visited {t} {when} to discuss {topic}.',
    '{s} arrived in {t} {when} for a two-day visit.',
  ],
  STATEMENT: [
    '{s} told {t} {when} that {topic} was essential.',
    '{s} said {when} that the world must address {topic}.',
    'Speaking to reporters {when}, {s} reiterated the position on {topic}.',
  ],
  APPEAL: [
    '{s} urged {t} {when} to work towards {topic}.',
    '{s} called on {t} to support {topic}.',
    '{s} called for {topic} {when}.',
  ],
  PROPOSAL: ['{s} proposed {topic} to {t} {when}.', '{s} put forward a plan on {topic} {when}.'],
  SUPPORT: [
    '{s} welcomed the efforts of {t} on {topic}.',
    '{s} thanked {t} {when} for its support on {topic}.',
  ],
  CRITICISM: [
    '{s} criticised {t} {when} over {topic}.',
    '{s} condemned the actions of {t} regarding {topic}.',
  ],
  AID: ['{s} sent humanitarian aid to {t} {when}.', '{s} provided emergency assistance to {t}.'],
  MEDIATION: ['{s} mediated talks involving {t} {when} on {topic}.'],
  AGREEMENT: [
    '{s} and {t} reached an agreement on {topic} {when}.',
    '{s} and {t} signed a deal on {topic}.',
  ],
  ATTACK: ['{s} launched strikes on {t} {when}.', '{s} attacked positions of {t} {when}.'],
};

/** Relative frequency of each type among reports. */
const TYPE_WEIGHTS: Record<InteractionType, number> = {
  PHONE_CALL: 10,
  MEETING: 10,
  VISIT: 4,
  STATEMENT: 22,
  APPEAL: 16,
  PROPOSAL: 6,
  SUPPORT: 10,
  CRITICISM: 8,
  AID: 4,
  MEDIATION: 3,
  AGREEMENT: 3,
  ATTACK: 4,
};

interface PopActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: ExtractedActor['roles'];
}

export interface Population {
  actors: PopActor[];
  /** Cumulative popularity weights (Zipf-like) for sampling. */
  cumulative: number[];
}

/** An actor population sized for `count` articles. */
export function population(count: number, seed: number): Population {
  const r = rng(seed ^ 0x9e3779b9);
  const actors: PopActor[] = [];
  for (const c of COUNTRIES) actors.push({ name: c, kind: 'country', aliases: [], roles: [] });
  for (const o of ORG_BASES) actors.push({ name: o, kind: 'organization', aliases: [], roles: [] });
  for (const c of COUNTRIES.slice(0, 40))
    for (const m of MINISTRY_KINDS)
      actors.push({ name: `${c} ${m}`, kind: 'organization', aliases: [], roles: [] });
  for (const g of GROUPS) actors.push({ name: g, kind: 'group', aliases: [], roles: [] });
  // Persons: about one per 5 articles (≥ 300), unique names.
  const persons = Math.max(300, Math.round(count / 5));
  const seen = new Set<string>();
  for (let i = 0; actors.length < COUNTRIES.length + persons + 200 && i < persons * 4; i++) {
    const first = FIRST[Math.floor(r() * FIRST.length)]!;
    const last = LAST[Math.floor(r() * LAST.length)]!;
    const middle = String.fromCharCode(65 + Math.floor(r() * 26));
    const name = seen.has(`${first} ${last}`) ? `${first} ${middle}. ${last}` : `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const country = COUNTRIES[Math.floor(Math.pow(r(), 2) * COUNTRIES.length)]!;
    const title = TITLES[Math.floor(r() * TITLES.length)]!;
    actors.push({
      name,
      kind: 'person',
      aliases: [last],
      roles: [{ title, country, from: `20${10 + Math.floor(r() * 13)}-01-01`, to: null }],
    });
  }
  // Popularity: Zipf over a shuffled order, but the first few countries stay on top (like China, US).
  const order = actors.map((_, i) => i);
  for (let i = order.length - 1; i > 8; i--) {
    const j = 8 + Math.floor(r() * (i - 7));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const weights = new Array<number>(actors.length).fill(0);
  order.forEach((idx, rank) => (weights[idx] = 1 / Math.pow(rank + 1, 0.9)));
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return { actors, cumulative };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function sampleActor(r: () => number, pop: Population): PopActor {
  const total = pop.cumulative[pop.cumulative.length - 1]!;
  const x = r() * total;
  let lo = 0;
  let hi = pop.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pop.cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return pop.actors[lo]!;
}

const TYPE_CUM = (() => {
  let s = 0;
  return INTERACTION_TYPES.map((t) => [t, (s += TYPE_WEIGHTS[t])] as const);
})();
function sampleType(r: () => number): InteractionType {
  const x = r() * TYPE_CUM[TYPE_CUM.length - 1]![1];
  return TYPE_CUM.find(([, c]) => c >= x)![0];
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

interface StoryEvent {
  type: InteractionType;
  source: PopActor;
  target: PopActor | null;
  date: string;
  topics: string[];
}

const START = Date.UTC(2020, 0, 1);
const SPAN_DAYS = 5 * 365;

/**
 * `count` synthetic extracted articles. Events are drawn from a shared pool
 * so that about a third of the reports describe an event another article
 * reports too.
 */
export function generateArticles(
  count: number,
  seed = 42,
  prefix = 'synthetic',
): ExtractedArticle[] {
  return [...iterateArticles(count, seed, prefix)];
}

/** The same articles as generateArticles, one at a time (for 100k+ without holding all). */
export function* iterateArticles(
  count: number,
  seed = 42,
  prefix = 'synthetic',
): Generator<ExtractedArticle> {
  const pop = population(count, seed);
  const r = rng(seed);
  const pool: StoryEvent[] = [];
  const newEvent = (day: number): StoryEvent => {
    const type = sampleType(r);
    const source = sampleActor(r, pop);
    let target: PopActor | null = sampleActor(r, pop);
    if (target === source)
      target = pop.actors[(pop.actors.indexOf(source) + 1) % pop.actors.length]!;
    if (
      !SYMMETRIC_TYPES.has(type) &&
      ['STATEMENT', 'APPEAL', 'PROPOSAL'].includes(type) &&
      r() < 0.3
    )
      target = null;
    const topics = r() < 0.85 ? [pick(r, TOPICS)] : [];
    if (topics.length && r() < 0.3) topics.push(pick(r, TOPICS));
    const date = isoDay(START + Math.max(0, day - Math.floor(r() * 3)) * 86_400_000);
    return { type, source, target, date, topics: [...new Set(topics)] };
  };

  for (let i = 0; i < count; i++) {
    // Articles move forward in time; the pool holds recent events others may report again.
    const day = Math.floor((i / Math.max(1, count)) * SPAN_DAYS + r() * 5);
    const published = isoDay(START + day * 86_400_000);
    const n = 8 + Math.floor(r() * 13);
    const facts: StoryEvent[] = [];
    for (let k = 0; k < n; k++) {
      if (pool.length > 50 && r() < 0.35) facts.push(pool[Math.floor(r() * pool.length)]!);
      else {
        const ev = newEvent(day);
        facts.push(ev);
        pool.push(ev);
        if (pool.length > 2000) pool.splice(0, pool.length - 2000);
      }
    }
    const actors = new Map<string, ExtractedActor>();
    const interactions: ExtractedInteraction[] = [];
    facts.forEach((f, sentenceIndex) => {
      for (const a of [f.source, f.target]) {
        if (a && !actors.has(a.name))
          actors.set(a.name, { name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles });
      }
      // Some reports lose the day (month only) or the date altogether, as real ones do.
      const d = r();
      const date = d < 0.7 ? f.date : d < 0.8 ? f.date.slice(0, 7) : null;
      const swap = SYMMETRIC_TYPES.has(f.type) && r() < 0.5;
      const s = swap ? f.target! : f.source;
      const t = swap ? f.source : f.target;
      const when =
        date && date.length === 10 ? `on ${WEEKDAYS[new Date(date).getUTCDay()]}` : 'recently';
      const fitting = TEMPLATES[f.type].filter((x) => x.includes('{t}') === Boolean(t));
      const evidence = pick(r, fitting.length ? fitting : TEMPLATES[f.type])
        .replace('{s}', s.name)
        .replace('{t}', t?.name ?? 'the parties')
        .replace('{topic}', f.topics[0] ?? 'the situation')
        .replace('{when}', when);
      interactions.push({
        type: f.type,
        source: s.name,
        target: t?.name ?? null,
        date,
        topics: f.topics,
        evidence,
        confidence: Math.round((0.6 + r() * 0.35) * 100) / 100,
        modality: (r() < 0.92 ? 'occurred' : 'planned') as Modality,
        sentenceIndex,
      });
    });
    const id = String(i).padStart(7, '0');
    yield {
      file: `${prefix}/${id}.txt`,
      title: `${facts[0]!.source.name} and ${facts[0]!.target?.name ?? 'partners'} discuss ${facts[0]!.topics[0] ?? 'regional issues'}`,
      published,
      url: `https://news.example.org/${prefix}/${id}`,
      author: null,
      outlet: 'Synthetic Wire',
      actors: [...actors.values()],
      interactions,
    };
  }
}

/** Plain text of a synthetic article, for loading through the extractor (`kg load`). */
export function articleText(a: ExtractedArticle): string {
  return [
    a.title,
    a.published ?? '',
    a.url ?? '',
    '',
    ...a.interactions.map((i) => i.evidence),
  ].join('\n');
}
