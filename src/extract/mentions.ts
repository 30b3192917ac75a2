/**
 * Actor mentions in one sentence: knowledge-base aliases (longest match),
 * titled names ("Foreign Ministry Spokesperson Lin Jian"), appositions
 * ("Lin Jian, the spokesperson"), demonyms standing for a country ("the
 * Israeli side", "Israeli and Palestinian leaders"), name parts of persons
 * already named, role phrases ("China's top diplomat", "his Israeli
 * counterpart"), pronouns and plural phrases, and names recognised by
 * compromise where nothing else applies.
 */
import nlp from 'compromise';
import type { Role } from './types.js';
import type { AliasHit, KnowledgeBase } from './kb.js';
import {
  COUNTRY_HEADS,
  DETERMINERS,
  NOT_NAME,
  PLURAL_PHRASES,
  PREPOSITIONS,
  TITLE_CONNECTORS,
  TITLE_HEADS,
  TITLE_WORDS,
} from './lexicon.js';
import type { ActorRegistry } from './registry.js';
import type { Token } from './tokens.js';

export type MentionKind = 'entity' | 'pronoun' | 'role' | 'plural' | 'country-of';

export interface Mention {
  /** Token span [start, end). */
  start: number;
  end: number;
  kind: MentionKind;
  /** Resolved actor names (several for a plural); empty until resolved. */
  ids: string[];
  poss: boolean;
  /** Preposition governing the mention ("with", "to"), null in subject/object position. */
  prep: string | null;
  /** Role phrase data, for kind 'role'. */
  role?: { title: string; country: string | null; viaPronoun: boolean };
  /** Set when the mention is joined to the previous one by "and"/",". */
  coord: boolean;
  /** A name used as a modifier of a noun ("US sanctions"): never a clause subject. */
  mod?: boolean;
}

const ORG_HEADS = new Set(
  (
    'ministry embassy council commission committee agency organization organisation union league ' +
    'party front movement forces brigades office department parliament assembly congress mission ' +
    'court bank fund authority programme program organisation secretariat'
  ).split(' '),
);
const PARTICLES = new Set(['al', 'bin', 'ibn', 'von', 'van', 'der', 'de', 'da', 'el', 'la']);
const PLURALS = PLURAL_PHRASES.map((p) => p.split(' '));

function isNameToken(t: Token): boolean {
  return (
    t.cap &&
    !NOT_NAME.has(t.low) &&
    !TITLE_WORDS.has(t.low) &&
    /\p{L}/u.test(t.text) &&
    !/\d/.test(t.text)
  );
}

export interface MentionContext {
  tokens: Token[];
  sentence: string;
  index: number;
  reg: ActorRegistry;
}

/** Finds the mentions of one sentence; registers new actors in `reg`. */
export function findMentions(ctx: MentionContext): Mention[] {
  const { tokens, reg, index } = ctx;
  const kb = reg.kb;
  const out: Mention[] = [];
  // compromise tags a short window around the candidate (a whole sentence costs ~2 ms).
  const compromiseSaysPerson = (from: number, to: number, name: string): boolean => {
    const window = ctx.sentence.slice(
      tokens[Math.max(0, from - 3)].start,
      tokens[Math.min(tokens.length - 1, to + 2)].end,
    );
    const people = (nlp(window).people().out('array') as string[]).map((s) =>
      s.replace(/[’']s$|[.,]$/g, '').toLowerCase(),
    );
    return people.some((p) => p.includes(name.toLowerCase()));
  };

  const push = (m: Omit<Mention, 'prep' | 'coord'>): Mention => {
    const full: Mention = { ...m, prep: null, coord: false };
    out.push(full);
    return full;
  };

  /** Title run ending right before token `s`; returns its start and title text. */
  const titleBefore = (s: number, floorAt?: number): { start: number; title: string } | null => {
    let j = s - 1;
    const floor = floorAt ?? (out.length ? out[out.length - 1].end : 0);
    while (j >= floor && (TITLE_WORDS.has(tokens[j].low) || TITLE_CONNECTORS.has(tokens[j].low))) {
      if (tokens[j].after && tokens[j].after !== '-') break;
      j--;
    }
    let start = j + 1;
    while (start < s && TITLE_CONNECTORS.has(tokens[start].low)) start++;
    if (start >= s || !TITLE_HEADS.has(tokens[s - 1].low)) return null;
    const title = tokens
      .slice(start, s)
      .map((t) => t.text)
      .join(' ');
    return { start, title: titleCase(title) };
  };

  /** Attaches the title before a person at `s`, drops the mentions it contains (role data); returns the span start. */
  const attachTitle = (s: number, actorName: string): number => {
    let role: Role | undefined;
    let from = s;
    const tb = titleBefore(s);
    if (tb) {
      role = { title: tb.title, country: null };
      from = tb.start;
    }
    // A mention right before (demonym, country, organisation) qualifies the role.
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.end === from &&
      prev.kind === 'entity' &&
      prev.ids.length === 1 &&
      tokens[prev.end - 1].after === ''
    ) {
      const pa = reg.get(prev.ids[0]);
      if (
        pa &&
        pa.kind !== 'person' &&
        pa.kind !== 'group' &&
        (role || prev.poss || (prev as MentionWithDemonym).demonym)
      ) {
        role ??= { title: null };
        if (pa.kind === 'country') role.country = pa.name;
        else role.organization = pa.name;
        from = prev.start;
        out.pop();
      }
    }
    // "the President of Ukraine Volodymyr Zelensky": title, "of", country, name.
    if (
      !role &&
      prev &&
      prev.end === s &&
      prev.kind === 'entity' &&
      tokens[prev.start - 1]?.low === 'of'
    ) {
      const pa = reg.get(prev.ids[0]);
      const before = out.length > 1 ? out[out.length - 2].end : 0;
      const tb2 = pa?.kind === 'country' ? titleBefore(prev.start - 1, before) : null;
      if (tb2 && pa) {
        role = { title: tb2.title, country: pa.name };
        from = tb2.start;
        out.pop();
      }
    }
    if (role && role.title !== 'Counterpart') {
      const a = reg.get(actorName);
      if (a && role.title && !a.textRoles.some((r) => r.title === role!.title))
        a.textRoles.push(role);
    }
    return from;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Plural phrases: "both sides", "the two countries".
    const plural =
      t.low === 'both' || t.low === 'the'
        ? PLURALS.find((p) => p.every((w, k) => tokens[i + k]?.low === w))
        : undefined;
    if (plural) {
      push({ start: i, end: i + plural.length, kind: 'plural', ids: [], poss: false });
      i += plural.length;
      continue;
    }
    // "it condemns", "it's willing": the pronoun of a country or body, resolved later.
    if (
      t.low === 'it' &&
      !t.cap &&
      (t.poss ||
        /^(condemns|supports|opposes|urges|welcomes|is|was|has|will|would|had|stands)$/.test(
          tokens[i + 1]?.low ?? '',
        ))
    ) {
      push({
        start: i,
        end: i + 1,
        kind: 'pronoun',
        ids: [],
        poss: false,
        role: { title: 'it', country: null, viaPronoun: true },
      });
      i++;
      continue;
    }
    // "the nation", "the country": a country named before, resolved later.
    if (
      t.low === 'the' &&
      /^(nation|country)$/.test(tokens[i + 1]?.low ?? '') &&
      !tokens[i + 2]?.cap
    ) {
      push({
        start: i,
        end: i + 2,
        kind: 'pronoun',
        ids: [],
        poss: tokens[i + 1].poss,
        role: { title: 'nation', country: null, viaPronoun: true },
      });
      i += 2;
      continue;
    }
    if (t.low === 'he' || t.low === 'she') {
      push({ start: i, end: i + 1, kind: 'pronoun', ids: [], poss: false });
      i++;
      continue;
    }
    if (
      (t.low === 'his' || t.low === 'her') &&
      /^(nation|country|government)$/.test(tokens[i + 1]?.low ?? '')
    ) {
      push({ start: i, end: i + 2, kind: 'country-of', ids: [], poss: tokens[i + 1].poss });
      i += 2;
      continue;
    }
    // Knowledge-base aliases, longest first.
    const hit = matchKb(tokens, i, kb);
    if (hit) {
      const { len, h } = hit;
      const last = tokens[i + len - 1];
      const surface = tokens
        .slice(i, i + len)
        .map((x) => x.base)
        .join(' ');
      if (h.via === 'demonym') {
        const used = demonymMention(tokens, i, len, h, reg, index, push);
        if (used > 0) {
          i += used;
          continue;
        }
        // Demonym before a title: role data for the person or role phrase that follows.
        if (TITLE_WORDS.has(tokens[i + len]?.low ?? '')) {
          const m = push({
            start: i,
            end: i + len,
            kind: 'entity',
            ids: [reg.fromKb(h.actor, h.actor.name, index).name],
            poss: false,
          });
          (m as MentionWithDemonym).demonym = true;
        }
        i += len;
        continue;
      }
      const after = tokens[i + len];
      if (
        h.actor.kind === 'country' &&
        after &&
        /^(military|army|navy|junta)$/.test(after.low) &&
        !after.cap
      ) {
        const used = demonymMention(tokens, i, len, h, reg, index, push);
        if (used > 0) {
          i += used;
          continue;
        }
      }
      // "US allies", "US sanctions": a name modifying a noun is not the clause's actor
      // (kept as a modifier: "condemned US sanctions" still judges the United States).
      if (
        h.actor.kind !== 'person' &&
        !last.poss &&
        /^(allies|partners|companies|firms|citizens|nationals|residents|markets|economy|goods|products|businesses|investors|banks|ships|vessels|warships|aircraft|chips|exports|imports|tariffs|sanctions|resolution|resolutions|draft)$/.test(
          after?.low ?? '',
        )
      ) {
        const ma = reg.fromKb(h.actor, surface, index);
        push({ start: i, end: i + len, kind: 'entity', ids: [ma.name], poss: false, mod: true });
        i += len;
        continue;
      }
      const a = reg.fromKb(h.actor, surface, index);
      // "Xi's government": the country of a person.
      if (
        a.kind === 'person' &&
        last.poss &&
        /^(government|administration)$/.test(tokens[i + len]?.low ?? '')
      ) {
        push({ start: i, end: i + len + 1, kind: 'country-of', ids: [a.name], poss: false });
        i += len + 1;
        continue;
      }
      push({ start: i, end: i + len, kind: 'entity', ids: [a.name], poss: last.poss });
      if (a.kind === 'person') {
        out.pop();
        const from = attachTitle(i, a.name);
        push({ start: from, end: i + len, kind: 'entity', ids: [a.name], poss: last.poss });
      }
      i += len;
      continue;
    }
    // "Office of the President of Ukraine", "Ministry of Foreign Affairs": a body named by "X of Y".
    if (t.cap && ORG_HEADS.has(t.low) && tokens[i + 1]?.low === 'of' && tokens[i].after === '') {
      let j = i + 1;
      let end = i + 1;
      while (j < tokens.length && (tokens[j].cap || /^(of|the|for|and)$/.test(tokens[j].low))) {
        if (tokens[j].cap) end = j + 1;
        if (tokens[j].after !== '') break;
        j++;
      }
      if (end > i + 2) {
        const name = tokens
          .slice(i, end)
          .map((x) => x.base)
          .join(' ');
        const known = kb.lookup(name);
        const a = known ? reg.fromKb(known, name, index) : reg.entity(name, 'organization', index);
        push({ start: i, end, kind: 'entity', ids: [a.name], poss: tokens[end - 1].poss });
        i = end;
        continue;
      }
    }
    // Names: a capitalised sequence.
    if (
      isNameToken(t) ||
      (t.cap && !TITLE_WORDS.has(t.low) && !NOT_NAME.has(t.low) && titleBefore(i))
    ) {
      let j = i;
      while (
        j < tokens.length &&
        j - i < 4 &&
        (isNameToken(tokens[j]) ||
          (PARTICLES.has(tokens[j].low) && tokens[j + 1]?.cap) ||
          (j === i && t.cap))
      ) {
        const stop = tokens[j].poss || (tokens[j].after !== '' && tokens[j].after !== '-');
        j++;
        if (stop) break;
      }
      const span = tokens.slice(i, j);
      const name = span.map((x) => x.base).join(' ');
      const last = span[span.length - 1];
      // Part of a person already named ("Wang", "Jadot", "Van Klaveren").
      if (span.length <= 2) {
        const byPart = span.length === 1 ? reg.personByPart(t.base) : reg.personBySuffix(name);
        if (byPart) {
          byPart.lastSeen = index;
          const from = attachTitle(i, byPart.name);
          push({
            start: from,
            end: i + span.length,
            kind: 'entity',
            ids: [byPart.name],
            poss: last.poss,
          });
          i += span.length;
          continue;
        }
      }
      const tb = titleBefore(i);
      const appos = !tb ? appositiveTitle(tokens, j) : null;
      const orgHead = ORG_HEADS.has(last.low) && span.length >= 2;
      // An unknown acronym ("ELN", "SPLM") names an organisation.
      // Only as "the ELN" or "ELN rebels": bare acronyms are often news agencies ("WSJ", "ENA").
      const acronym =
        span.length === 1 &&
        /^[A-Z]{2,6}$/.test(t.base) &&
        (tokens[i - 1]?.low === 'the' ||
          /^(rebels?|group|militia|militants|fighters|movement|party|forces|insurgents)$/.test(
            tokens[i + 1]?.low ?? '',
          ));
      if (orgHead || acronym) {
        const a = reg.entity(name.replace(/^The /, ''), 'organization', index);
        push({ start: i, end: j, kind: 'entity', ids: [a.name], poss: last.poss });
        i = j;
        continue;
      }
      // "Xue Bing has said", "Jadot told": a two- or three-word name right before a speech verb.
      let v = j;
      while (/^(has|had|also|later|then|earlier)$/.test(tokens[v]?.low ?? '')) v++;
      const speaks =
        span.length >= 2 &&
        span.length <= 3 &&
        !last.poss &&
        /^(said|says|told|tells|added|stressed|noted|stated|warned|urged|explained|replied)$/.test(
          tokens[v]?.low ?? '',
        );
      const isPerson =
        (tb && i > 0) ||
        appos !== null ||
        speaks ||
        (span.length >= 2 && span.length <= 3 && compromiseSaysPerson(i, j - 1, name));
      if (isPerson && !NOT_NAME.has(t.low)) {
        const a = reg.person(name, index, appos ?? undefined);
        const from = attachTitle(i, a.name);
        push({ start: from, end: j, kind: 'entity', ids: [a.name], poss: last.poss });
        i = j;
        continue;
      }
      i = j > i ? j : i + 1;
      continue;
    }
    // Role phrases without a name: "China's top diplomat", "its foreign minister", "the spokesperson at X".
    if (TITLE_WORDS.has(t.low) && (!t.cap || tokens[i - 1]?.low === 'the')) {
      let j = i;
      while (
        j < tokens.length &&
        (TITLE_WORDS.has(tokens[j].low) ||
          (TITLE_CONNECTORS.has(tokens[j].low) && TITLE_WORDS.has(tokens[j + 1]?.low ?? '')))
      )
        j++;
      const lastLow = tokens[j - 1].low;
      const ofFollows = /^(at|of|for|from|in)$/.test(tokens[j]?.low ?? '');
      const headOk =
        (TITLE_HEADS.has(lastLow) && !/^(affairs|general|head|official|chief)$/.test(lastLow)) ||
        (ofFollows &&
          /^(officials?|spokesperson|spokesman|spokeswoman|envoy|diplomats?|ministry|embassy)$/.test(
            lastLow,
          ));
      if (headOk && !(tokens[j]?.cap && isNameToken(tokens[j]))) {
        const title = tokens
          .slice(i, j)
          .map((x) => x.low)
          .join(' ');
        const prev = out[out.length - 1];
        const prevTok = tokens[i - 1];
        let country: string | null = null;
        let viaPronoun = false;
        let start = i;
        if (
          prev &&
          prev.end === i &&
          prev.kind === 'entity' &&
          (prev.poss ||
            (prev as MentionWithDemonym).demonym ||
            (reg.get(prev.ids[0])?.kind === 'country' && tokens[prev.end - 1].after === ''))
        ) {
          country = prev.ids[0];
          start = prev.start;
          out.pop();
        } else if (prevTok && /^(its|his|her|their)$/.test(prevTok.low)) {
          viaPronoun = true;
          start = i - 1;
        } else if (ofFollows) {
          // "the spokesperson at the Chinese embassy": resolved to the next mention.
          const nextIdx = tokens[j + 1] && DETERMINERS.has(tokens[j + 1].low) ? j + 2 : j + 1;
          // "a spokesperson for the ministry": the body named earlier in the article.
          const body = tokens[nextIdx];
          if (
            body &&
            !body.cap &&
            /^(ministry|embassy|department|office|council|commission)$/.test(body.low)
          ) {
            const org = reg.latestOrganization(body.low);
            if (org) {
              push({
                start: i,
                end: nextIdx + 1,
                kind: 'role',
                ids: [],
                poss: false,
                role: { title, country: org, viaPronoun: false },
              });
              i = nextIdx + 1;
              continue;
            }
          }
          const nh = matchKb(tokens, nextIdx, kb);
          const nameAfter = nh && tokens[nextIdx + nh.len] && isNameToken(tokens[nextIdx + nh.len]);
          if (nameAfter) {
            // "the President of Ukraine Volodymyr Zelensky": the title of the name that follows.
            i = nextIdx;
            continue;
          }
          if (nh && nh.h.via !== 'demonym' && nh.h.actor.kind !== 'person') {
            const a = reg.fromKb(nh.h.actor, nh.h.actor.name, index);
            push({
              start: i,
              end: nextIdx + nh.len,
              kind: 'role',
              ids: [],
              poss: false,
              role: { title, country: a.name, viaPronoun: false },
            });
            i = nextIdx + nh.len;
            continue;
          }
        }
        // "the Philippine foreign ministry": the country's body, an organisation.
        if (
          country &&
          /^(ministry|embassy|mission)$/.test(lastLow) &&
          reg.get(country)?.kind === 'country'
        ) {
          const dem = tokens
            .slice(start, i)
            .map((x) => x.base)
            .join(' ');
          const orgName = `${dem} ${titleCase(title)}`;
          const known = kb.lookup(orgName);
          const a = known
            ? reg.fromKb(known, orgName, index)
            : reg.entity(orgName, 'organization', index);
          push({ start, end: j, kind: 'entity', ids: [a.name], poss: tokens[j - 1].poss });
          i = j;
          continue;
        }
        if (country || viaPronoun || prevTok?.low === 'the') {
          push({
            start,
            end: j,
            kind: 'role',
            ids: [],
            poss: tokens[j - 1].poss,
            role: { title, country, viaPronoun },
          });
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  // A demonym kept as a possible role prefix that no title consumed is only an adjective.
  const kept = out.filter((m) => !(m as MentionWithDemonym).demonym);
  assignPrepositions(tokens, kept);
  return kept;
}

interface MentionWithDemonym extends Mention {
  demonym?: boolean;
}

/** Longest knowledge-base alias starting at token i, honouring case rules. */
function matchKb(
  tokens: Token[],
  i: number,
  kb: KnowledgeBase,
): { len: number; h: AliasHit } | null {
  if (i >= tokens.length) return null;
  const first = tokens[i].low.includes('.') ? tokens[i].low.replace(/\./g, '') : tokens[i].low;
  for (const len of kb.lengthsFor(first)) {
    if (i + len > tokens.length) continue;
    let key = first;
    let ok = true;
    for (let k = i + 1; k < i + len; k++) {
      const prev = tokens[k - 1];
      if (prev.poss || (prev.after !== '' && prev.after !== '-')) {
        ok = false;
        break;
      }
      key += ` ${tokens[k].low.includes('.') ? tokens[k].low.replace(/\./g, '') : tokens[k].low}`;
    }
    if (!ok) continue;
    const hits = kb.lookupKey(key);
    if (!hits.length) continue;
    const span = tokens.slice(i, i + len);
    const text = span.map((x) => x.base).join(' ');
    const good = hits.filter((h) => (h.exact ? text === h.exact : !h.needsCap || span[0].cap));
    if (!good.length) continue;
    return { len, h: good.find((x) => x.via !== 'demonym') ?? good[0] };
  }
  return null;
}

/**
 * A demonym that stands for its country: "the Israeli side", "Israeli and
 * Palestinian leaders". Returns the tokens consumed (0 when the demonym is
 * only an adjective).
 */
function demonymMention(
  tokens: Token[],
  i: number,
  len: number,
  h: AliasHit,
  reg: ActorRegistry,
  index: number,
  push: (m: Omit<Mention, 'prep' | 'coord'>) => Mention,
): number {
  const next = tokens[i + len];
  // "the Myanmar military", "the Sudanese army": an armed force is an organisation of its own.
  if (next && /^(military|army|navy|junta)$/.test(next.low) && !next.cap) {
    const surface = tokens
      .slice(i, i + len + 1)
      .map((t) => t.base)
      .join(' ');
    const known = reg.kb.lookup(surface);
    const a = known
      ? reg.fromKb(known, surface, index)
      : reg.entity(surface, 'organization', index);
    push({ start: i, end: i + len + 1, kind: 'entity', ids: [a.name], poss: next.poss });
    return len + 1;
  }
  // "Chinese leader Xi Jinping": the head is a title of the name that follows.
  const named = tokens[i + len + 1]?.cap && !NOT_NAME.has(tokens[i + len + 1].low);
  if (next && COUNTRY_HEADS.has(next.low) && !next.cap && !named) {
    push({
      start: i,
      end: i + len + 1,
      kind: 'entity',
      ids: [reg.fromKb(h.actor, h.actor.name, index).name],
      poss: next.poss,
    });
    return len + 1;
  }
  // "Israeli and Palestinian leaders": a chain of demonyms ending in a country head.
  const chain: { idx: number; actor: AliasHit['actor'] }[] = [{ idx: i, actor: h.actor }];
  let j = i + len;
  while (j + 1 < tokens.length && (tokens[j].low === 'and' || tokens[j - 1].after === ',')) {
    const k = tokens[j].low === 'and' ? j + 1 : j;
    const hits = reg.kb.lookupKey(tokens[k].low).filter((x) => x.via === 'demonym');
    if (!hits.length || !tokens[k].cap) break;
    chain.push({ idx: k, actor: hits[0].actor });
    j = k + 1;
  }
  if (chain.length > 1 && tokens[j] && COUNTRY_HEADS.has(tokens[j].low)) {
    for (const c of chain) {
      const m = push({
        start: c.idx,
        end: c.idx + 1,
        kind: 'entity',
        ids: [reg.fromKb(c.actor, c.actor.name, index).name],
        poss: false,
      });
      if (c.idx !== i) m.end = c.idx + 1;
    }
    return j + 1 - i;
  }
  return 0;
}

/** "X, the Foreign Ministry Spokesperson," → the title; null when no apposition follows. */
function appositiveTitle(tokens: Token[], j: number): Role | null {
  if (tokens[j - 1]?.after !== ',') return null;
  // "X, the Foreign Ministry Spokesperson," / "X, a U.S. State Department spokesperson,":
  // an article, up to four qualifying capitalised words, then title words ending in a head.
  if (!tokens[j] || !/^(the|a|an)$/.test(tokens[j].low)) return null;
  let k = j + 1;
  let quals = 0;
  while (k < tokens.length && !TITLE_WORDS.has(tokens[k].low) && tokens[k].cap && quals < 4) {
    k++;
    quals++;
  }
  const titleStart = k;
  while (
    k < tokens.length &&
    (TITLE_WORDS.has(tokens[k].low) || TITLE_CONNECTORS.has(tokens[k].low))
  )
    k++;
  if (k === titleStart || !TITLE_HEADS.has(tokens[k - 1].low)) return null;
  // "On Taiwan, President Biden …": a title followed by a name is that name's title.
  if (tokens[k] && isNameToken(tokens[k]) && tokens[k - 1].after === '') return null;
  const words = tokens.slice(titleStart, k).map((t) => t.text);
  return {
    title: titleCase(words.join(' ')),
    country: null,
  };
}

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, k) =>
      k > 0 && TITLE_CONNECTORS.has(w.toLowerCase())
        ? w.toLowerCase()
        : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}

/** A comma list "A, B, and C" is a coordination only when closed by "and"/"or". */
function listCloses(tokens: Token[], mentions: Mention[], k: number): boolean {
  for (let n = k + 1; n < mentions.length; n++) {
    const between = tokens.slice(mentions[n - 1].end, mentions[n].start).map((t) => t.low);
    if (!between.every((w) => w === 'and' || w === 'or' || DETERMINERS.has(w))) return false;
    if (between.includes('and') || between.includes('or')) return true;
    if (tokens[mentions[n - 1].end - 1].after !== ',') return false;
  }
  return false;
}

/** Sets `prep` and `coord` on each mention from the words before it. */
function assignPrepositions(tokens: Token[], mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = mentions[k - 1];
    // Coordination: only "and", "or", "," and determiners between two mentions.
    if (prev) {
      const between = tokens.slice(prev.end, m.start).map((t) => t.low);
      const joined = between.every((w) => w === 'and' || w === 'or' || DETERMINERS.has(w));
      const sep = tokens[prev.end - 1].after;
      if (
        joined &&
        (between.includes('and') ||
          between.includes('or') ||
          (sep === ',' && listCloses(tokens, mentions, k))) &&
        !prev.poss
      ) {
        m.prep = prev.prep;
        m.coord = true;
        continue;
      }
    }
    let j = m.start - 1;
    while (j >= 0 && DETERMINERS.has(tokens[j].low) && tokens[j].after === '') j--;
    if (j >= 1 && tokens[j].low === 'to' && tokens[j - 1].low === 'according')
      m.prep = 'according to';
    else if (j >= 0 && PREPOSITIONS.has(tokens[j].low) && tokens[j].after === '')
      m.prep = tokens[j].low;
  }
}
