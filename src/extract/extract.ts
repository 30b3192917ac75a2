/**
 * The extractor: ArticleDoc → actors and interactions (EXTRACTION.md).
 * Pure and synchronous: tokenise, find mentions, resolve references, apply
 * the interaction rules per sentence, then date, topic and deduplicate.
 */
import type { ArticleDoc } from '../article/parse.js';
import { resolveDate } from './dates.js';
import { sentenceInteractions, type Context, type SentenceView } from './interactions.js';
import { loadKnowledgeBase, type KnowledgeBase } from './kb.js';
import { findMentions, type Mention } from './mentions.js';
import { resolveReferences } from './references.js';
import { ActorRegistry } from './registry.js';
import { tokenize, type Token } from './tokens.js';
import { findTopics } from './topics.js';
import {
  SYMMETRIC_TYPES,
  type ExtractedActor,
  type ExtractedArticle,
  type ExtractedInteraction,
} from './types.js';

interface SentenceState {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  words: (m: Mention) => string;
}

function segments(tokens: Token[]): number[] {
  const seg: number[] = [];
  let n = 0;
  for (const t of tokens) {
    seg.push(n);
    if (/[,;:—–]/.test(t.after)) n++;
  }
  return seg;
}

export function extractArticle(
  doc: ArticleDoc,
  kb: KnowledgeBase = loadKnowledgeBase(),
): ExtractedArticle {
  const reg = new ActorRegistry(kb, doc.published);
  const sentences: SentenceState[] = doc.sentences.map((text, index) => {
    const tokens = tokenize(text);
    return {
      text,
      tokens,
      mentions: findMentions({ tokens, sentence: text, index, reg }),
      words: (m: Mention) =>
        tokens
          .slice(m.start, m.end)
          .map((t) => t.low)
          .join(' '),
    };
  });
  resolveReferences(sentences, reg);

  const ctx: Context = {
    convo: null,
    kindOf: (name) => reg.get(name)?.kind ?? null,
    countryOf: (name) => {
      const a = reg.get(name);
      if (!a) return null;
      return a.kind === 'country' ? a.name : a.kind === 'person' ? reg.countryOf(a) : null;
    },
  };
  const involved = new Set<string>();
  const byKey = new Map<string, ExtractedInteraction>();
  const softKeys = new Set<string>();
  const repeats = new Map<string, ExtractedInteraction[]>();
  let lastContactDate: string | null = null;
  sentences.forEach((s, index) => {
    const before = ctx.convo;
    const view: SentenceView = {
      tokens: s.tokens,
      mentions: s.mentions,
      text: s.text,
      segment: segments(s.tokens),
    };
    const raws = sentenceInteractions(view, ctx, involved);
    // A conversation stays the context while its participants keep acting in the text.
    const pair = ctx.convo?.pair;
    if (ctx.convo && pair && raws.some((r) => pair.includes(r.source)))
      ctx.convo.ttl = Math.max(ctx.convo.ttl, 3);
    else if (ctx.convo && ctx.convo === before && --ctx.convo.ttl <= 0) ctx.convo = null;
    if (!raws.length) return;
    let date = resolveDate(s.text, doc.published);
    // "In a separate call …" without a date of its own is one of a series told together:
    // it takes the date of the last dated call or meeting.
    if (!date && lastContactDate && /\bseparate(?:ly)?\b/i.test(s.text)) date = lastContactDate;
    if (date && raws.some((r) => r.type === 'PHONE_CALL' || r.type === 'MEETING'))
      lastContactDate = date;
    const topics = findTopics(s.text);
    for (const r of raws) {
      let { source, target } = r;
      if (SYMMETRIC_TYPES.has(r.type) && target && target < source)
        [source, target] = [target, source];
      const key = `${r.type}|${source}|${target ?? ''}`;
      const prev = byKey.get(key);
      if (prev) {
        if ((prev.confidence ?? 0) < r.confidence) prev.confidence = r.confidence;
        // The same act told again adds nothing, but a later sentence that gives it another
        // date or new topics is a report of its own: the graph keeps its evidence and subject.
        const seen = [prev, ...(repeats.get(key) ?? [])];
        const adds = (i: ExtractedInteraction) =>
          i.date !== date || topics.some((t) => !i.topics.includes(t));
        if (!seen.every(adds)) continue;
        const list = repeats.get(key) ?? [];
        list.push({
          ...prev,
          date,
          topics,
          evidence: s.text,
          sentenceIndex: index,
          confidence: Math.round(r.confidence * 100) / 100,
          modality: r.modality,
        });
        repeats.set(key, list);
        continue;
      }
      if (r.soft) softKeys.add(key);
      byKey.set(key, {
        type: r.type,
        source,
        target,
        date,
        topics,
        evidence: s.text,
        confidence: Math.round(r.confidence * 100) / 100,
        modality: r.modality,
        sentenceIndex: index,
      });
    }
  });
  // A "spoke with" meeting of a pair that had a phone call in the article is that call.
  const called = new Set(
    [...byKey.values()]
      .filter((i) => i.type === 'PHONE_CALL')
      .map((i) => `${i.source}|${i.target}`),
  );
  for (const [key, i] of byKey) {
    if (softKeys.has(key) && called.has(`${i.source}|${i.target}`)) byKey.delete(key);
  }
  const interactions = [...byKey].flatMap(([key, i]) => [i, ...(repeats.get(key) ?? [])]);
  const used = new Set<string>(involved);
  for (const i of interactions) {
    used.add(i.source);
    if (i.target) used.add(i.target);
  }
  // Persons named in the text are kept even without an event (never dropped).
  for (const s of sentences)
    for (const m of s.mentions)
      for (const id of m.ids)
        if (reg.get(id)?.kind === 'person' && m.kind === 'entity') used.add(id);

  const actors: ExtractedActor[] = [];
  for (const a of reg.actors.values()) {
    if (!used.has(a.name)) continue;
    const aliases = new Set(a.aliases);
    for (const al of a.kb?.aliases ?? []) aliases.add(al);
    aliases.delete(a.name);
    actors.push({ name: a.name, kind: a.kind, aliases: [...aliases], roles: reg.roles(a) });
  }
  return {
    file: doc.file,
    title: doc.title,
    published: doc.published,
    url: doc.url,
    author: doc.author,
    outlet: doc.outlet,
    actors,
    interactions,
  };
}
