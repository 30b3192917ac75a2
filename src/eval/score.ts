/**
 * Scoring of extraction against gold, as EXTRACTION.md "Scoring" says:
 * per article, actors are sets of canonical names matched by name or alias
 * (ignoring case, accents, hyphens and a leading "al-"/"the");
 * interactions are sets of (type, source, target) triples after actor
 * matching, order ignored for symmetric types; P/R/F1 micro-averaged.
 */
import path from 'node:path';
import { nameKey } from '../extract/normalize.js';
import {
  INTERACTION_TYPES,
  SYMMETRIC_TYPES,
  type ExtractedArticle,
  type InteractionType,
} from '../extract/types.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleMisses {
  article: string;
  actors: { falsePositives: string[]; falseNegatives: string[] };
  interactions: { falsePositives: string[]; falseNegatives: string[] };
}

export interface ScoreReport {
  articles: number;
  actors: Prf;
  interactions: Prf;
  byType: Record<string, Prf>;
  misses: ArticleMisses[];
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn ? 0 : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : c.fp ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Pairing key of an article: its file basename without extension. */
export function articleKey(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

interface Named {
  name: string;
  aliases: string[];
}

function keysOf(a: Named): Set<string> {
  return new Set([a.name, ...a.aliases].map(nameKey).filter(Boolean));
}

/**
 * Matches system actors to gold actors one-to-one: first by equal names,
 * then by a name equal to an alias of the other side.
 * Returns a map system name → gold name.
 */
export function matchActors(system: Named[], gold: Named[]): Map<string, string> {
  const map = new Map<string, string>();
  const usedGold = new Set<string>();
  const goldKeys = gold.map((g) => ({ g, name: nameKey(g.name), keys: keysOf(g) }));
  const passes: ((s: Named, sk: Set<string>, g: (typeof goldKeys)[number]) => boolean)[] = [
    (s, _sk, g) => nameKey(s.name) === g.name,
    (s, sk, g) => g.keys.has(nameKey(s.name)) || sk.has(g.name),
  ];
  for (const pass of passes) {
    for (const s of system) {
      if (map.has(s.name)) continue;
      const sk = keysOf(s);
      const hit = goldKeys.find((g) => !usedGold.has(g.g.name) && pass(s, sk, g));
      if (hit) {
        map.set(s.name, hit.g.name);
        usedGold.add(hit.g.name);
      }
    }
  }
  return map;
}

function triple(type: InteractionType, source: string, target: string | null): string {
  let s = source;
  let t = target ?? '∅';
  if (SYMMETRIC_TYPES.has(type) && t < s) [s, t] = [t, s];
  return `${type}|${s}|${t}`;
}

/** Scores one article; adds to the running counts. */
export function scoreArticle(
  sys: ExtractedArticle,
  gold: ExtractedArticle,
  totals: { actors: Counts; interactions: Counts; byType: Record<string, Counts> },
): ArticleMisses {
  const map = matchActors(sys.actors, gold.actors);
  const matchedGold = new Set(map.values());
  const actorFp = sys.actors.filter((a) => !map.has(a.name)).map((a) => a.name);
  const actorFn = gold.actors.filter((a) => !matchedGold.has(a.name)).map((a) => a.name);
  totals.actors.tp += map.size;
  totals.actors.fp += actorFp.length;
  totals.actors.fn += actorFn.length;

  // Names that are not actors of the article still compare by normalised form.
  const goldName = (n: string | null): string | null => (n === null ? null : nameKey(n));
  const sysName = (n: string | null): string | null =>
    n === null ? null : nameKey(map.get(n) ?? n);
  const sysSet = new Map<string, InteractionType>();
  for (const i of sys.interactions)
    sysSet.set(triple(i.type, sysName(i.source)!, sysName(i.target)), i.type);
  const goldSet = new Map<string, InteractionType>();
  for (const i of gold.interactions)
    goldSet.set(triple(i.type, goldName(i.source)!, goldName(i.target)), i.type);

  const fp: string[] = [];
  const fn: string[] = [];
  const bump = (type: string, field: keyof Counts): void => {
    totals.byType[type] ??= { tp: 0, fp: 0, fn: 0 };
    totals.byType[type][field]++;
    totals.interactions[field]++;
  };
  for (const [k, type] of sysSet) {
    if (goldSet.has(k)) bump(type, 'tp');
    else {
      bump(type, 'fp');
      fp.push(k);
    }
  }
  for (const [k, type] of goldSet) {
    if (!sysSet.has(k)) {
      bump(type, 'fn');
      fn.push(k);
    }
  }
  return {
    article: articleKey(gold.file),
    actors: { falsePositives: actorFp, falseNegatives: actorFn },
    interactions: { falsePositives: fp, falseNegatives: fn },
  };
}

/** Scores system articles against gold articles, paired by file basename. */
export function scoreAll(system: ExtractedArticle[], gold: ExtractedArticle[]): ScoreReport {
  const totals = {
    actors: { tp: 0, fp: 0, fn: 0 },
    interactions: { tp: 0, fp: 0, fn: 0 },
    byType: {} as Record<string, Counts>,
  };
  const sysByKey = new Map(system.map((a) => [articleKey(a.file), a]));
  const misses: ArticleMisses[] = [];
  let paired = 0;
  for (const g of gold) {
    const s = sysByKey.get(articleKey(g.file));
    if (!s) continue;
    paired++;
    misses.push(scoreArticle(s, g, totals));
  }
  const byType: Record<string, Prf> = {};
  for (const t of INTERACTION_TYPES) if (totals.byType[t]) byType[t] = prf(totals.byType[t]);
  return {
    articles: paired,
    actors: prf(totals.actors),
    interactions: prf(totals.interactions),
    byType,
    misses,
  };
}
