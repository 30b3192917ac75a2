/**
 * The knowledge base of known actors (src/extract/data/actors.json, under
 * version control): canonical names, kinds, aliases, demonyms, capitals and
 * dated roles. Lookup by alias, roles valid at a date, and growth with new
 * actors found by the extractor.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorKind, ExtractedArticle, Role } from './types.js';
import { foldToken } from './normalize.js';

export interface KbActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Countries only: adjectives ("Chinese") that stand for the country in "the Chinese side". */
  demonyms?: string[];
  /** Countries only: capitals used as metonyms ("Beijing"). */
  capitals?: string[];
  roles: Role[];
}

export interface KbFile {
  version: number;
  actors: KbActor[];
}

export const DEFAULT_KB_PATH = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'data',
  'actors.json',
);

/** Folded token sequence used as an alias key ("united states"). */
export function aliasKey(alias: string): string {
  return alias
    .split(/\s+/)
    .map((t) => foldToken(t.replace(/[’']s$/, '')).replace(/\./g, ''))
    .join(' ');
}

export interface AliasHit {
  actor: KbActor;
  /** How the alias names the actor. */
  via: 'name' | 'alias' | 'capital' | 'demonym';
  /** Case rule: all-caps aliases ("US", "WHO") must match exactly. */
  exact: string | null;
  /** The alias is written with a capital: the text must be too. */
  needsCap: boolean;
}

export class KnowledgeBase {
  readonly actors: KbActor[];
  private readonly byAlias = new Map<string, AliasHit[]>();
  private readonly byName = new Map<string, KbActor>();
  /** Longest alias length in tokens, to bound the matcher. */
  maxAliasTokens = 1;
  /** Alias lengths (in tokens, longest first) by first token: the matcher tries only these. */
  private readonly lengthsByFirst = new Map<string, number[]>();

  constructor(file: KbFile) {
    this.actors = file.actors;
    for (const a of this.actors) this.index(a);
  }

  private addAlias(alias: string, actor: KbActor, via: AliasHit['via']): void {
    const key = aliasKey(alias);
    if (!key) return;
    // All-letter acronyms ("US", "WHO") must match exactly; dotted ones ("U.S.") by letters.
    const exact = /^[A-Z]{2,5}$/.test(alias) ? alias : null;
    const hit: AliasHit = { actor, via, exact, needsCap: /\p{Lu}/u.test(alias) };
    const list = this.byAlias.get(key) ?? [];
    if (!list.some((h) => h.actor === actor && h.via === via && h.exact === exact)) list.push(hit);
    this.byAlias.set(key, list);
    const parts = key.split(' ');
    this.maxAliasTokens = Math.max(this.maxAliasTokens, parts.length);
    const lens = this.lengthsByFirst.get(parts[0]) ?? [];
    if (!lens.includes(parts.length)) {
      lens.push(parts.length);
      lens.sort((a, b) => b - a);
      this.lengthsByFirst.set(parts[0], lens);
    }
  }

  private index(a: KbActor): void {
    this.byName.set(a.name, a);
    this.addAlias(a.name, a, 'name');
    for (const al of a.aliases) this.addAlias(al, a, 'alias');
    for (const c of a.capitals ?? []) this.addAlias(c, a, 'capital');
    for (const d of a.demonyms ?? []) this.addAlias(d, a, 'demonym');
  }

  /** Alias lengths starting with this folded first token (empty when none). */
  lengthsFor(first: string): number[] {
    return this.lengthsByFirst.get(first) ?? [];
  }

  /** Hits for a folded alias key ("saudi arabia"). */
  lookupKey(key: string): AliasHit[] {
    return this.byAlias.get(key) ?? [];
  }

  /** The actor with this alias (first non-demonym hit), case-insensitive. */
  lookup(alias: string): KbActor | undefined {
    const hits = this.lookupKey(aliasKey(alias));
    return (hits.find((h) => h.via !== 'demonym') ?? hits[0])?.actor;
  }

  byCanonical(name: string): KbActor | undefined {
    return this.byName.get(name);
  }

  /** Persons holding a role matching `title` for `country` at `date` (ISO; null = any time). */
  holders(title: string, country: string, date: string | null): KbActor[] {
    const t = title.toLowerCase();
    return this.actors.filter(
      (a) =>
        a.kind === 'person' &&
        rolesAt(a, date).some((r) => r.country === country && (r.title ?? '').toLowerCase() === t),
    );
  }

  /** Adds or merges actors; returns the names added. */
  grow(actors: KbActor[]): string[] {
    const added: string[] = [];
    for (const a of actors) {
      const known = this.byName.get(a.name) ?? this.lookup(a.name);
      if (known) {
        for (const al of a.aliases) {
          if (!known.aliases.includes(al) && al !== known.name) {
            known.aliases.push(al);
            this.addAlias(al, known, 'alias');
          }
        }
        for (const r of a.roles) {
          if (!known.roles.some((k) => k.title === r.title && k.country === r.country)) {
            known.roles.push(r);
          }
        }
        continue;
      }
      const copy: KbActor = { ...a, aliases: [...a.aliases], roles: [...a.roles] };
      this.actors.push(copy);
      this.index(copy);
      added.push(copy.name);
    }
    return added;
  }

  toJSON(): KbFile {
    return { version: 1, actors: this.actors };
  }
}

/** Roles valid at an ISO date (string comparison works for ISO prefixes); all when date is null. */
export function rolesAt(actor: KbActor, date: string | null): Role[] {
  if (!date) return actor.roles;
  return actor.roles.filter(
    (r) => (!r.from || r.from.slice(0, date.length) <= date) && (!r.to || date < r.to),
  );
}

let cached: KnowledgeBase | null = null;

/** Loads the knowledge base (default: the versioned file; cached). */
export function loadKnowledgeBase(file: string = DEFAULT_KB_PATH): KnowledgeBase {
  if (file === DEFAULT_KB_PATH && cached) return cached;
  const kb = new KnowledgeBase(JSON.parse(readFileSync(file, 'utf8')) as KbFile);
  if (file === DEFAULT_KB_PATH) cached = kb;
  return kb;
}

/**
 * Grows the knowledge base with the persons, organisations and groups the
 * extractor found that it did not know (persons keep the role the text gave).
 * Returns the canonical names added.
 */
export function growKnowledgeBase(kb: KnowledgeBase, articles: ExtractedArticle[]): string[] {
  const fresh: KbActor[] = [];
  for (const art of articles) {
    for (const a of art.actors) {
      if (a.kind === 'country') continue; // countries are curated by hand
      fresh.push({
        name: a.name,
        kind: a.kind,
        aliases: a.aliases.filter((al) => al.split(/\s+/).length > 1 || a.kind !== 'person'),
        roles: a.roles,
      });
    }
  }
  return kb.grow(fresh);
}

/**
 * Writes the knowledge base as JSON, formatted by the project's Prettier
 * settings when Prettier is installed (so the versioned file stays lint-clean).
 */
export async function saveKnowledgeBase(
  kb: KnowledgeBase,
  file: string = DEFAULT_KB_PATH,
): Promise<void> {
  let text = `${JSON.stringify(kb.toJSON(), null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(file)) ?? {};
    text = await prettier.format(text, { ...options, parser: 'json' });
  } catch {
    // Prettier is a dev tool: without it the plain JSON is kept.
  }
  writeFileSync(file, text);
}
