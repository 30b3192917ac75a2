/**
 * Interaction rules over sentence structure: for each trigger (verb class),
 * find its source (clause subject, possessive, "by" agent, coordination) and
 * target (object, "with"/"between"/"to" phrase), skip negated, hypothetical
 * and embedded events, expand plural and joint actors, and give the
 * statement its listener from the call or meeting in context.
 */
import type { InteractionType, Modality } from './types.js';
import { SYMMETRIC_TYPES } from './types.js';
import { NON_ACTOR_SUBJECTS, TITLE_WORDS } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';
import { TRIGGERS, type Frame, type TriggerSpec } from './triggers.js';

export interface Trigger {
  spec: TriggerSpec;
  type: InteractionType;
  frame: Frame;
  start: number;
  end: number;
  text: string;
  noun: boolean;
}

export interface RawInteraction {
  type: InteractionType;
  source: string;
  target: string | null;
  modality: Modality;
  confidence: number;
  /** A "spoke with" meeting: dropped when the same pair had a phone call in the article. */
  soft?: boolean;
}

export interface SentenceView {
  tokens: Token[];
  mentions: Mention[];
  text: string;
  /** Segment (comma/semicolon-delimited) of each token. */
  segment: number[];
  /** Token indices right after a verb trigger (objects start there). */
  verbEnds?: Set<number>;
}

export interface Context {
  /** The two sides of the latest call or meeting, for statements made in it. */
  convo: { pair: [string, string]; ttl: number } | null;
  countryOf(name: string): string | null;
  kindOf(name: string): string | null;
  /** Speaker of a quotation left open at the end of the previous sentence. */
  quoteSpeaker?: string | null;
}

const SKIP_BEFORE_VERB = new Set(
  'also later has have had is are was were been be will would repeatedly then earlier again firmly strongly already further publicly once never not only just recently previously reportedly had'.split(
    ' ',
  ),
);
const NEGATION = new Set([
  'not',
  'never',
  'no',
  'without',
  'refrained',
  'refuses',
  'refused',
  'declined',
  'failed',
  'failure',
  'denied',
  'nor',
]);
const HYPOTHETICAL = new Set(['if', 'whether', 'unless']);
const MODAL_HYPO = new Set(['could', 'might', 'may']);
const PLANNED = new Set([
  'will',
  'shall',
  'expected',
  'plans',
  'planned',
  'planning',
  'scheduled',
  'upcoming',
  'set',
  'likely',
  'would',
  'intends',
  'aims',
]);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

function tokenIndexAt(tokens: Token[], char: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= char) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findTriggers(text: string, tokens: Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (const spec of TRIGGERS) {
    spec.re.lastIndex = 0;
    for (const m of text.matchAll(spec.re)) {
      // Triggers are common words: a capitalised match inside a sentence is a name ("United States").
      if (m.index > 0 && /^\p{Lu}/u.test(m[0]) && !/[“"‘(]\s*$/.test(text.slice(0, m.index)))
        continue;
      const start = tokenIndexAt(tokens, m.index);
      const end = Math.max(start + 1, tokenIndexAt(tokens, m.index + m[0].length));
      const t = m[0].toLowerCase();
      const noun =
        spec.frame === 'attack'
          ? !/(ed|ing)$|^launched|^fired|^struck/.test(t)
          : (spec.noun ?? false) &&
            !/^(spoke|speaks|talked|talks |speaking|talking|met|meets|meet|phoned|visited|visiting|toured|agreed|agree|agrees|signed|signs|hosted|received|arrived in|sat down|conferred|held|hold|spoke|reached|reach|built|accepted|establish|normali|restored|travel)/.test(
              t,
            );
      out.push({ spec, type: spec.type, frame: spec.frame, start, end, text: m[0], noun });
    }
  }
  // A sentence about a call reports one call: its "spoke with", "talks" are the call itself.
  const call = out.some((t) => t.type === 'PHONE_CALL');
  // Mediated talks are indirect: "mediated talks between A and B" is no meeting of A and B.
  const mediated = (t: Trigger): boolean =>
    out.some((o) => o.type === 'MEDIATION' && t.end > o.start - 1 && t.start - o.end <= 1);
  return out
    .filter(
      (t) =>
        !(t.type === 'MEETING' && ((call && !/^(met|meet|meets)$/i.test(t.text)) || mediated(t))),
    )
    .sort((a, b) => a.start - b.start);
}

/** The mention chain (coordinated mentions) containing mention k. */
function chain(ms: Mention[], k: number): Mention[] {
  let a = k;
  while (a > 0 && ms[a].coord) a--;
  let b = k;
  while (b + 1 < ms.length && ms[b + 1].coord) b++;
  return ms.slice(a, b + 1);
}

const idsOf = (ms: Mention[]): string[] => [...new Set(ms.flatMap((m) => m.ids))];

/** Negated, hypothetical, planned or occurred, from the words before the trigger. */
function modalityOf(v: SentenceView, t: Trigger): Modality | 'hypothetical' {
  const from = Math.max(0, t.start - 5);
  const before = v.tokens.slice(from, t.start).map((x) => x.low);
  // Negation scope: the trigger's own clause segment; "no" only right before a noun trigger.
  const seg = v.segment[t.start];
  for (let k = 0; k < before.length; k++) {
    const w = before[k];
    if (v.segment[from + k] !== seg) continue;
    if (w === 'no' && from + k !== t.start - 1) continue;
    if ((NEGATION.has(w) || w.endsWith("n't")) && before[k + 1] !== 'only') return 'denied';
  }
  const wide = v.tokens.slice(Math.max(0, t.start - 10), t.start).map((x) => x.low);
  if (wide.some((w) => HYPOTHETICAL.has(w))) return 'hypothetical';
  if (before.slice(-3).some((w) => MODAL_HYPO.has(w))) return 'hypothetical';
  // "should join forces in supporting …": a prescription, not an event.
  if (
    t.type !== 'APPEAL' &&
    t.type !== 'PROPOSAL' &&
    before.some((w) => w === 'should' || w === 'must')
  )
    return 'hypothetical';
  if (before.slice(-4).some((w) => PLANNED.has(w))) return 'planned';
  if (
    /^(planned|expected|upcoming|proposed|possible|potential|future|next)$/.test(
      v.tokens[t.start - 1]?.low ?? '',
    )
  )
    return 'planned';
  return 'occurred';
}

/** An event inside an appeal or proposal ("urged X to condemn …") is its content, not a fact. */
function embedded(v: SentenceView, t: Trigger, all: Trigger[]): boolean {
  if (t.type === 'APPEAL' || t.frame === 'speech' || t.frame === 'according') return false;
  const seg = v.segment[t.start];
  return all.some((o) => {
    if (o === t || o.end > t.start || v.segment[o.start] !== seg) return false;
    const between = v.tokens.slice(o.end, t.start).map((x) => x.low);
    if (o.type === 'APPEAL') return between.includes('to') || between.includes('and');
    return o.type === 'PROPOSAL' && (between.includes('to') || / to$/i.test(o.text));
  });
}

/** The token before a mention, skipping determiners: a verb there makes it an object. */
function objectHead(tokens: Token[], start: number): number {
  let j = start - 1;
  while (j >= 0 && DETERMINERS_SET.has(tokens[j].low)) j--;
  return j + 1;
}
const DETERMINERS_SET = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** Subject of a verb trigger: the nearest mention to the left in subject position. */
function verbSubject(v: SentenceView, t: Trigger): Mention[] {
  const { tokens, mentions } = v;
  // ", fully supporting …", ", adding that …": a participle clause shares the main clause's subject.
  if (/ing$/.test(tokens[t.start].low)) {
    let p = t.start - 1;
    while (p >= 0 && (/ly$/.test(tokens[p].low) || tokens[p].low === 'also')) p--;
    const sub = p >= 0 && /^(while|when|after|before|by|thereby|as)$/.test(tokens[p].low);
    if (sub) p--;
    if (p >= 0 && (sub || tokens[p].after.endsWith(','))) {
      const main = mentions.findIndex((m) => !m.prep && !m.poss && m.ids.length && m.end <= p + 1);
      if (main >= 0) return chain(mentions, main);
    }
  }
  // "thanked China for offering": the gerund's subject is the object before "for".
  if (/ing$/.test(tokens[t.start].low) && tokens[t.start - 1]?.low === 'for') {
    const obj = mentions.findIndex((m) => m.end === t.start - 1 && !m.prep);
    if (obj >= 0) return [mentions[obj]];
  }
  // "China's steps toward mediating": a gerund after a preposition belongs to the possessive before.
  if (
    /ing$/.test(tokens[t.start].low) &&
    /^(toward|towards|in|of|for|to)$/.test(tokens[t.start - 1]?.low ?? '')
  ) {
    const owner = mentions.findIndex((m) => m.poss && m.end <= t.start && m.end >= t.start - 6);
    if (owner >= 0) return [mentions[owner]];
  }
  let j = t.start - 1;
  while (j >= 0 && SKIP_BEFORE_VERB.has(tokens[j].low) && tokens[j].after === '') j--;
  const adjacent = mentions.findIndex((m) => m.start <= j && j < m.end);
  if (adjacent >= 0) {
    const m = mentions[adjacent];
    if (!m.prep || m.prep === 'according to') return chain(mentions, adjacent);
    // "leadership on the Palestinian side stressed": the head before the phrase stands for it.
    const head = tokens[m.start - 1]?.low === 'the' ? tokens[m.start - 3] : tokens[m.start - 2];
    if (
      head &&
      /^(leadership|officials|leaders|government|spokesperson|spokesman|authorities)$/.test(
        head.low,
      )
    )
      return [m];
  }
  if (j >= 0 && adjacent < 0) {
    const w = tokens[j];
    if (NON_ACTOR_SUBJECTS.has(w.low) || (w.cap && !/^(which|who|that)$/i.test(w.low))) return [];
  }
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.end > t.start) continue;
    if (m.prep && m.prep !== 'according to') continue;
    if (m.poss || m.mod) continue;
    if (m.kind === 'plural' && m.start > 0) continue;
    if (v.verbEnds?.has(objectHead(tokens, m.start))) continue;
    // A title word right after the mention makes it a role modifier, not the subject.
    if (TITLE_WORDS.has(tokens[m.end]?.low ?? '') && m.kind === 'entity' && !m.ids.length) continue;
    return chain(mentions, k);
  }
  return [];
}

/** Passive voice "X was condemned by Y": agent Y, patient X; null when active. */
function passive(v: SentenceView, t: Trigger): { agent: Mention[]; patient: Mention[] } | null {
  const { tokens } = v;
  let j = t.start - 1;
  while (j >= 0 && /^(also|widely|strongly|publicly|repeatedly|later|being)$/.test(tokens[j].low))
    j--;
  const reduced = /ed$|en$/.test(tokens[t.start].low) && tokens[t.end]?.low === 'by';
  if (
    !reduced &&
    (j < 0 || !PASSIVE_AUX.has(tokens[j].low) || !/ed$|en$|ught$/.test(tokens[t.start].low))
  )
    return null;
  const agent = objectAfter(v, t, 6, ['by']);
  const subjT = { ...t, start: j };
  return { agent, patient: verbSubject(v, subjT) };
}

/** Source of a noun trigger: possessive or attribute right before it, or "by X" after it. */
function nounSource(v: SentenceView, t: Trigger): Mention[] {
  const { tokens, mentions } = v;
  let j = t.start - 1;
  while (
    j >= 0 &&
    /^(recent|separate|latest|first|second|brief|official|state|deadly|surprise|new|planned|high-level|the|a|an|its|his|her)$/.test(
      tokens[j].low,
    )
  )
    j--;
  const k = mentions.findIndex((m) => m.end === j + 1);
  if (k >= 0 && (mentions[k].poss || !mentions[k].prep)) return chain(mentions, k);
  // "Russia's struggling invasion", "Russia's full-scale war": adjectives after the possessive.
  const owner = mentions.findIndex(
    (m) =>
      m.poss &&
      m.end < t.start &&
      m.end >= t.start - 3 &&
      tokens
        .slice(m.end, t.start)
        .every((x) => !x.cap && x.after === '' && !/^(and|or|that|which)$/.test(x.low)),
  );
  if (owner >= 0) return [mentions[owner]];
  const by = mentions.findIndex((m) => m.start >= t.end && m.start <= t.end + 3 && m.prep === 'by');
  if (by >= 0) return chain(mentions, by);
  // "X concluded / paid / began a visit": the verb's subject is the noun's source.
  if (
    /^(made|paid|concluded|completed|began|started|ended|wrapped|undertook|conducted|kicked)$/.test(
      tokens[j]?.low ?? '',
    )
  )
    return verbSubject(v, { ...t, start: j, noun: false });
  // "the attack … that Hamas launched"
  const rel = mentions.findIndex(
    (m) =>
      m.start > t.end &&
      m.start <= t.end + 8 &&
      /^(that|which)$/.test(tokens[m.start - 1]?.low ?? '') &&
      /^(launched|carried|staged|made|held)$/.test(tokens[m.end]?.low ?? ''),
  );
  if (rel >= 0) return [mentions[rel]];
  return [];
}

/** Mentions after the trigger within `window` tokens, in allowed prepositions, not across a clause break. */
function objectAfter(
  v: SentenceView,
  t: Trigger,
  window: number,
  preps: (string | null)[],
  allowPoss = true,
): Mention[] {
  const { tokens, mentions } = v;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start < t.end) continue;
    if (m.start > t.end + window) break;
    if (
      tokens
        .slice(t.end - 1, m.start)
        .some((x) => /[;:]/.test(x.after) || (x.after.includes(',') && !m.coord))
    )
      break;
    if (!preps.includes(m.prep)) continue;
    if (m.poss && !allowPoss) continue;
    // "it" after the verb is rarely its object ("support any resolution as long as it is …").
    if (m.kind === 'pronoun' || m.mod) continue;
    return chain(mentions, k).filter((c) => c.start >= t.end);
  }
  return [];
}

function withPartners(v: SentenceView, t: Trigger): Mention[] {
  // "with X" after the trigger, else anywhere in the sentence (fronted "In a call with X, S said").
  const after = v.mentions.filter(
    (m) => (m.prep === 'with' || m.prep === 'across') && m.start >= t.end && m.start <= t.end + 8,
  );
  if (after.length) return after;
  return v.mentions.filter(
    (m) => m.prep === 'with' && m.start >= t.end - 12 && m.start < t.start + 12,
  );
}

/** The subject of the sentence's main verb: the first verb trigger with a subject. */
function mainSubject(v: SentenceView, all: Trigger[], except: Trigger): Mention[] {
  for (const o of all) {
    if (o === except || o.noun || o.frame === 'according' || o.frame === 'speech-by') continue;
    const s = verbSubject(v, o);
    if (s.length) return s;
  }
  return [];
}

const CONF: Record<InteractionType, number> = {
  PHONE_CALL: 0.9,
  MEETING: 0.75,
  VISIT: 0.8,
  STATEMENT: 0.8,
  APPEAL: 0.8,
  PROPOSAL: 0.7,
  SUPPORT: 0.75,
  CRITICISM: 0.75,
  AID: 0.8,
  MEDIATION: 0.7,
  AGREEMENT: 0.7,
  ATTACK: 0.75,
};

/** All interactions of one sentence. */
export function sentenceInteractions(
  v: SentenceView,
  ctx: Context,
  skipped: Set<string>,
): RawInteraction[] {
  const triggers = findTriggers(v.text, v.tokens);
  // Objects follow action verbs and "told"; after "said" comes a reported clause whose subject counts.
  v.verbEnds = new Set(
    triggers
      .filter(
        (t) =>
          !t.noun &&
          (t.frame !== 'speech' ||
            /^(told|tells|telling|briefed|assured|informed|informs)$/i.test(t.text)) &&
          t.frame !== 'according' &&
          t.frame !== 'speech-by',
      )
      .map((t) => t.end),
  );
  const out: RawInteraction[] = [];
  const emit = (
    type: InteractionType,
    sources: string[],
    targets: (string | null)[],
    modality: Modality,
    conf: number,
  ): void => {
    for (const s of sources) {
      for (const tg of targets) {
        if (s === tg) continue;
        // Praise, blame or appeals aimed at one's own country are not diplomatic acts.
        if (
          tg &&
          (type === 'SUPPORT' || type === 'CRITICISM' || type === 'APPEAL') &&
          ctx.countryOf(s) === tg
        )
          continue;
        out.push({ type, source: s, target: tg, modality, confidence: conf });
      }
    }
  };
  const speakers: string[] = [];
  for (const t of triggers) {
    const mod = modalityOf(v, t);
    const symOrMove = SYMMETRIC_TYPES.has(t.type) && t.type !== 'AGREEMENT';
    const dropped =
      mod === 'denied' ||
      mod === 'hypothetical' ||
      (mod === 'planned' && (symOrMove || t.type === 'VISIT')) ||
      embedded(v, t, triggers);
    const conf = CONF[t.type] * (mod === 'occurred' ? 1 : 0.85);
    const record = (ids: string[]): void => ids.forEach((id) => skipped.add(id));
    let sources: Mention[];
    switch (t.frame) {
      case 'sym': {
        const between = v.mentions.filter(
          (m) => m.prep === 'between' && m.start >= t.end && m.start <= t.end + 6,
        );
        let parts: string[][] = [];
        // "between X with Y": one side after "between", the other after "with".
        const withAfter = v.mentions.filter(
          (m) => m.prep === 'with' && m.start >= t.end && m.start <= t.end + 14,
        );
        const sep = /\bseparate\b/i.test(v.text);
        if (between.length >= 1) {
          const ids = idsOf(chain(v.mentions, v.mentions.indexOf(between[0])));
          const first = t.noun ? [] : idsOf(verbSubject(v, t));
          const all = [...first, ...ids].filter((x, i, a) => a.indexOf(x) === i);
          if (all.length === 1 && withAfter.length) all.push(...idsOf(withAfter));
          parts = pairs(all);
        } else {
          const passiveAux =
            !t.noun &&
            PASSIVE_AUX.has(v.tokens[t.start - 1]?.low ?? '') &&
            !/^(received|hosted)$/i.test(t.text);
          let subj = t.noun ? nounSource(v, t) : passiveAux ? [] : verbSubject(v, t);
          const subjFromNoun = t.noun && subj.length > 0;
          const told = triggers.find(
            (o) => o.frame === 'speech' && /^(told|tells|telling|assured)$/i.test(o.text),
          );
          if (!subj.length && t.noun && told) subj = verbSubject(v, told);
          // "A and B discussed … by video link": the clause subject before the call noun.
          if (!subj.length && t.type === 'PHONE_CALL' && t.noun) {
            const k = v.mentions.findIndex(
              (m) => !m.prep && !m.poss && !m.mod && m.ids.length && m.end <= t.start,
            );
            if (k >= 0) subj = chain(v.mentions, k);
          }
          if (!subj.length && t.noun) subj = mainSubject(v, triggers, t);
          if (!subj.length && t.noun) {
            // The clause subject: the first mention outside a prepositional phrase.
            const k = v.mentions.findIndex((m) => !m.prep && !m.poss && m.ids.length);
            if (k >= 0) subj = chain(v.mentions, k);
          }
          const partners = [...withPartners(v, t)];
          if (/invitation/i.test(t.text)) {
            // "X accepted Y's invitation": Y is the other party.
            partners.push(
              ...v.mentions.filter((m) => m.poss && m.start >= t.start && m.end <= t.end),
            );
          } else if (!t.noun) partners.push(...objectAfter(v, t, 3, [null, 'with', 'by'], false));
          // "X told Y in a phone call": the listener is the partner.
          for (const o of triggers)
            if (o.frame === 'speech' && /^tol|^tell|^assured/i.test(o.text))
              partners.push(...objectAfter(v, o, 4, [null], false));
          const s = idsOf(subj);
          const p = idsOf(partners).filter((x) => !s.includes(x));
          // "met with A and B" is a meeting of three (every pair); "separate" calls or longer
          // lists ("discussions across A, B, C") are one row per partner.
          const three =
            !sep && s.length === 1 && p.length === 2 && partners.every((m) => m.prep === 'with');
          if (s.length && p.length)
            parts = three ? pairs([...s, ...p]) : s.flatMap((a) => p.map((b) => [a, b]));
          else if (
            s.length >= 2 &&
            (!t.noun ||
              subjFromNoun ||
              t.type === 'PHONE_CALL' ||
              /^(talks|discussions|consultations|negotiations)$/i.test(t.text))
          )
            parts = pairs(s);
        }
        if (dropped) {
          record(parts.flat());
          break;
        }
        const soft =
          t.type === 'MEETING' && /^(spoke|speaks|talked|talks |speaking|talking)/i.test(t.text);
        for (const [a, b] of parts) {
          emit(t.type, [a], [b], mod === 'planned' ? 'planned' : 'occurred', conf);
          if (soft) out[out.length - 1].soft = true;
          // "A spoke with B about …": what A said reaches B.
          if (
            soft &&
            parts.length === 1 &&
            v.tokens.slice(t.end, t.end + 8).some((x) => x.low === 'about')
          )
            emit('STATEMENT', [a], [b], 'occurred', conf * 0.9);
        }
        if (parts.length === 1 && t.type !== 'AGREEMENT')
          ctx.convo = { pair: [parts[0][0], parts[0][1]], ttl: 3 };
        break;
      }
      case 'visit': {
        sources = t.noun ? nounSource(v, t) : verbSubject(v, t);
        const objs = objectAfter(v, t, 4, [null, 'to', 'in', 'of']).filter((m) =>
          m.ids.some((id) => ctx.countryOf(id) === id),
        );
        const targets = objs.length
          ? idsOf(objs)
          : /\bcountries\b/.test(
                v.text.slice(
                  v.tokens[t.end - 1]?.end ?? 0,
                  v.tokens[t.end + 5]?.end ?? v.text.length,
                ),
              )
            ? [null]
            : [];
        if (dropped) record([...idsOf(sources), ...targets.filter((x): x is string => !!x)]);
        else if (targets.length) emit('VISIT', idsOf(sources), targets, 'occurred', conf);
        break;
      }
      case 'speech':
      case 'speech-by':
      case 'according': {
        if (t.frame === 'according') {
          sources = objectAfter(v, t, 4, ['according to', 'from', 'of']);
          // "according to the statement released by X"
          if (
            !sources.length &&
            /^(a|the) (statement|readout|report)/i.test(v.text.slice(v.tokens[t.end]?.start ?? 0))
          )
            sources = objectAfter(v, t, 7, ['by']);
        } else if (t.frame === 'speech-by') sources = objectAfter(v, t, 3, ['by']);
        else {
          sources =
            t.noun || /^(press|news|briefing|readout|interview|in a)/i.test(t.text)
              ? []
              : verbSubject(v, t);
          if (/^(press|news|briefing|readout|interview|in a)/i.test(t.text))
            sources = mainSubject(v, triggers, t);
          // "…," said Wang / "…," Wang said — the inverted order.
          if (!sources.length && /^(said|says|told|added|stated|noted)$/i.test(t.text))
            sources = objectAfter(v, t, 1, [null], false);
        }
        const src = idsOf(sources);
        let targets: (string | null)[] = [null];
        if (/^(told|tells|telling|briefed|assured)$/i.test(t.text)) {
          const lis = objectAfter(v, t, 4, [null], false);
          if (lis.length) targets = idsOf(lis);
        }
        if (targets[0] === null && ctx.convo && t.frame === 'speech') {
          const [a, b] = ctx.convo.pair;
          const s0 = src[0];
          if (s0 && (s0 === a || ctx.countryOf(a) === s0)) targets = [b];
          else if (s0 && (s0 === b || ctx.countryOf(b) === s0)) targets = [a];
        }
        // "Lavrov and Wang noted …": a position two persons state together is addressed to each other.
        const persons = src.filter((id) => ctx.kindOf(id) === 'person');
        if (dropped || mod === 'planned') record(src);
        else if (
          targets[0] === null &&
          src.length === 2 &&
          persons.length === 2 &&
          ctx.countryOf(src[0]) !== ctx.countryOf(src[1])
        ) {
          emit('STATEMENT', [src[0]], [src[1]], 'occurred', conf);
          emit('STATEMENT', [src[1]], [src[0]], 'occurred', conf);
          speakers.push(...src);
        } else {
          emit('STATEMENT', src, targets, 'occurred', conf);
          speakers.push(...src);
        }
        break;
      }
      case 'appeal': {
        const pv = passive(v, t);
        sources = pv ? pv.agent : t.noun ? nounSource(v, t) : verbSubject(v, t);
        // "a call for X" is a noun: its source is a possessive or attribute, not the clause subject.
        if (
          /^calls? for$/i.test(t.text) &&
          /^(a|an|the|its|his|her|their)$/.test(v.tokens[t.start - 1]?.low ?? '')
        )
          sources = nounSource(v, t);
        else if (/call for$|calls for$|called for$|calling for$/i.test(t.text) && !sources.length)
          sources = nounSource(v, t);
        let objs = pv ? pv.patient : objectAfter(v, t, 3, [null, 'on', 'upon', 'to', 'for'], false);
        // "called for Israel to …" names the addressee; "called for X's membership" does not.
        if (
          !pv &&
          objs.length &&
          objs[0].prep === 'for' &&
          v.tokens[objs[objs.length - 1].end]?.low !== 'to'
        )
          objs = [];
        const targets = objs.length ? idsOf(objs) : [null];
        // "call on Monday" is no appeal: "call(ed) on/upon" needs an addressee (known or not).
        if (
          !objs.length &&
          /(on|upon)$/i.test(t.text) &&
          !(
            /^(the|a|an|all|both|its|his|her|their)$/.test(v.tokens[t.end]?.low ?? '') &&
            v.tokens.slice(t.end, t.end + 7).some((x) => x.low === 'to')
          )
        )
          break;
        if (dropped) record(idsOf(sources));
        else emit('APPEAL', idsOf(sources), targets, 'occurred', conf);
        break;
      }
      case 'proposal': {
        const invitationNoun = /^invitation/i.test(t.text);
        sources = invitationNoun ? nounSource(v, t) : verbSubject(v, t);
        if (!sources.length) sources = nounSource(v, t);
        const pvp = passive(v, t);
        if (pvp) sources = pvp.agent;
        const that = /that$/i.test(t.text) ? objectAfter(v, t, 1, [null]) : [];
        const objs = that.length
          ? that.filter((m) => !m.ids.some((id) => idsOf(sources).includes(id)))
          : invitationNoun
            ? // "Qin accepted Blinken's invitation": the invited one is the clause subject.
              v.mentions.filter((m) => !m.prep && !m.poss && m.end <= t.start).slice(-1)
            : /^invit/i.test(t.text)
              ? objectAfter(v, t, 3, [null], false)
              : objectAfter(v, t, 14, ['with']);
        // Raising cooperation in talks is addressed to the other side of the talks.
        if (!objs.length && ctx.convo && /opportunit|areas of/i.test(t.text)) {
          const [a, b] = ctx.convo.pair;
          const s0 = idsOf(sources)[0];
          if (s0 === a) objs.push({ ...sources[0], ids: [b] });
          else if (s0 === b) objs.push({ ...sources[0], ids: [a] });
        }
        if (dropped && mod !== 'planned') record(idsOf(sources));
        else emit('PROPOSAL', idsOf(sources), objs.length ? idsOf(objs) : [null], 'proposed', conf);
        break;
      }
      case 'judge': {
        const pv = passive(v, t);
        sources = pv ? pv.agent : verbSubject(v, t);
        let objs = pv ? pv.patient : objectAfter(v, t, 6, [null, 'for', 'with', 'to', 'of']);
        // "condemned an airstrike by the military": the act's agent is the one judged.
        if (!objs.length && !pv) objs = objectAfter(v, t, 5, ['by']);
        // "condemned US sanctions": the owner of the judged act.
        if (!objs.length && !pv)
          objs = v.mentions
            .filter((m) => m.mod && m.start >= t.end && m.start <= t.end + 3)
            .slice(0, 1);
        if (dropped && mod !== 'planned') record([...idsOf(sources), ...idsOf(objs)]);
        else emit(t.type, idsOf(sources), objs.length ? idsOf(objs) : [null], 'occurred', conf);
        break;
      }
      case 'award': {
        // "X received a medal from Y": support from Y to X; "Y awarded X a medal": from Y to X.
        const received = /^received/i.test(t.text);
        const giver = received ? objectAfter(v, t, 14, ['from']) : verbSubject(v, t);
        const taker = received
          ? verbSubject(v, t)
          : objectAfter(v, t, 4, [null, 'on', 'to'], false);
        if (dropped) record([...idsOf(giver), ...idsOf(taker)]);
        else if (giver.length && taker.length)
          emit('SUPPORT', idsOf(giver), idsOf(taker), 'occurred', conf);
        break;
      }
      case 'judge-phrase': {
        const target = [...v.mentions].reverse().find((m) => m.end <= t.start && m.poss);
        const speaker = triggers.find((o) => o.frame === 'speech' && o.start < t.start);
        sources = speaker ? verbSubject(v, speaker) : [];
        if (!dropped && target) emit('CRITICISM', idsOf(sources), target.ids, 'occurred', conf);
        break;
      }
      case 'aid': {
        sources = verbSubject(v, t);
        const objs = objectAfter(v, t, 12, ['to', 'for']);
        if (dropped && mod !== 'planned') record([...idsOf(sources), ...idsOf(objs)]);
        else if (objs.length) emit('AID', idsOf(sources), idsOf(objs), 'occurred', conf);
        break;
      }
      case 'mediate': {
        const byAgent = / by$/i.test(t.text);
        sources = byAgent
          ? objectAfter(v, t, 4, ['by'])
          : /-/.test(v.text.slice(v.tokens[t.start].start - 1, v.tokens[t.start].start))
            ? []
            : verbSubject(v, t);
        let parties = v.mentions.filter(
          (m) => m.prep === 'between' && m.start >= t.end && m.start <= t.end + 12,
        );
        if (parties.length) parties = chain(v.mentions, v.mentions.indexOf(parties[0]));
        else if (byAgent) {
          // "A and B met at talks hosted by X": the parties are the clause subject.
          parties = mainSubject(v, triggers, t).filter(
            (m) => !idsOf(sources).some((id) => m.ids.includes(id)),
          );
        } else if (/^help/i.test(t.text)) {
          const objs = objectAfter(v, t, 4, [null]);
          const verbAfter = objs.length ? v.tokens[objs[objs.length - 1].end]?.low : '';
          if (
            objs.length >= 2 &&
            /^(reach|agree|resolve|settle|end|restore|to|sign)$/.test(verbAfter ?? '')
          )
            parties = objs;
        }
        if (dropped) record([...idsOf(sources), ...idsOf(parties)]);
        else if (parties.length)
          emit('MEDIATION', idsOf(sources), idsOf(parties), 'occurred', conf);
        break;
      }
      case 'attack': {
        const pv = t.noun ? null : passive(v, t);
        sources = pv ? pv.agent : t.noun ? nounSource(v, t) : verbSubject(v, t);
        // "X responded with air strikes on Y": the noun's agent is the clause subject.
        if (!sources.length && t.noun) {
          let p = t.start - 1;
          while (p >= 0 && /^(air|missile|drone|rocket|deadly|new|fresh)$/.test(v.tokens[p].low))
            p--;
          if (/^(with|launching|launched|carried)$/.test(v.tokens[p]?.low ?? ''))
            sources = verbSubject(v, { ...t, start: p });
        }
        if (!sources.length && !t.noun && !pv) sources = nounSource(v, t);
        const objs = pv
          ? pv.patient
          : objectAfter(v, t, 3, [null, 'on', 'against', 'of', 'into', 'at']);
        if (dropped) record([...idsOf(sources), ...idsOf(objs)]);
        else if (objs.length) emit('ATTACK', idsOf(sources), idsOf(objs), 'occurred', conf);
        else if (
          /^(attacked|bombed|shelled|struck|invaded)$/i.test(t.text) ||
          (t.noun &&
            sources.length &&
            /^on (a|an|the) [a-z]/.test(
              v.text.slice(v.tokens[t.end]?.start ?? 0).replace(/^by [^,.]*? (?=on )/, ''),
            ))
        )
          emit('ATTACK', idsOf(sources), [null], 'occurred', conf * 0.8);
        break;
      }
    }
  }
  // A quotation running on from an earlier sentence is still its speaker's words.
  if (!speakers.length && ctx.quoteSpeaker) speakers.push(ctx.quoteSpeaker);
  const opens = (v.text.match(/“/g) ?? []).length - (v.text.match(/”/g) ?? []).length;
  if (opens > 0 && speakers.length) ctx.quoteSpeaker = speakers[0];
  else if (opens < 0 || !/[“”"]/.test(v.text)) ctx.quoteSpeaker = null;
  // "X should / must …" in a speaker's words: an appeal to X; "X cannot keep …": a criticism of X.
  if (speakers.length) {
    for (let k = 0; k < v.mentions.length; k++) {
      const m = v.mentions[k];
      const next = v.tokens[m.end]?.low;
      const next2 = v.tokens[m.end + 1]?.low;
      if (
        /^(cannot|can't|can’t)$/.test(next ?? '') &&
        /^(keep|continue|say|go)$/.test(next2 ?? '') &&
        !m.prep &&
        !speakers.includes(m.ids[0])
      ) {
        emit('CRITICISM', [speakers[0]], m.ids, 'occurred', 0.65);
        continue;
      }
      const modal =
        /^(should|must|ought)$/.test(next ?? '') ||
        ((next === 'needs' || next === 'has') && next2 === 'to') ||
        (SKIP_BEFORE_VERB.has(next ?? '') && /^(should|must)$/.test(next2 ?? ''));
      if (!modal || m.prep || m.poss) continue;
      const group = idsOf(chain(v.mentions, k));
      const own = (id: string): boolean =>
        speakers.includes(id) || speakers.some((s) => ctx.countryOf(s) === id);
      // "China and Germany should cooperate" from a Chinese speaker is a proposal to Germany.
      const type = group.some(own) ? 'PROPOSAL' : 'APPEAL';
      for (const id of m.ids) {
        if (own(id)) continue;
        emit(type, [speakers[0]], [id], type === 'PROPOSAL' ? 'proposed' : 'occurred', 0.7);
      }
    }
  }
  return out;
}

function pairs(ids: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) out.push([ids[i], ids[j]]);
  return out;
}
