/**
 * The actors of one article: one entry per real-world entity, with the
 * aliases the text used and its roles. Persons are reachable by a part of
 * their name once named in full ("Wang" → Wang Yi), most recent first.
 */
import type { ActorKind, Role } from './types.js';
import { rolesAt, type KbActor, type KnowledgeBase } from './kb.js';
import { foldToken, nameKey } from './normalize.js';

export interface ArticleActor {
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  /** Roles the text gave (title, country). */
  textRoles: Role[];
  kb?: KbActor;
  /** Folded name parts usable alone for coreference (persons). */
  parts: string[];
  /** Index of the last sentence that mentioned the actor (recency for coreference). */
  lastSeen: number;
}

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'de', 'da', 'la']);

export class ActorRegistry {
  readonly actors = new Map<string, ArticleActor>();
  private readonly byKey = new Map<string, ArticleActor>();

  constructor(
    readonly kb: KnowledgeBase,
    readonly date: string | null,
  ) {}

  get(name: string): ArticleActor | undefined {
    return this.actors.get(name);
  }

  /** The article actor for a knowledge-base actor, created on first use. */
  fromKb(k: KbActor, surface: string, sentence: number): ArticleActor {
    const a = this.ensure(k.name, k.kind, sentence);
    a.kb = k;
    if (k.kind === 'person' && a.parts.length === 0) a.parts = personParts(k.name);
    this.addAlias(a, surface);
    return a;
  }

  /** A person named in the text; known persons of the KB keep their canonical name. */
  person(name: string, sentence: number, role?: Role): ArticleActor {
    const known = this.byKey.get(nameKey(name));
    const k = known?.kb ?? this.kb.lookup(name);
    const a =
      known ??
      (k && k.kind === 'person'
        ? this.fromKb(k, name, sentence)
        : this.ensure(name, 'person', sentence));
    if (a.parts.length === 0) a.parts = personParts(a.name);
    a.lastSeen = sentence;
    if (role && role.title && !a.textRoles.some((r) => r.title === role.title))
      a.textRoles.push(role);
    this.addAlias(a, name);
    return a;
  }

  /** An organisation or group the text names that the KB does not know. */
  entity(name: string, kind: ActorKind, sentence: number): ArticleActor {
    const known = this.byKey.get(nameKey(name));
    if (known) {
      known.lastSeen = sentence;
      return known;
    }
    return this.ensure(name, kind, sentence);
  }

  /** The most recently mentioned person whose name has this part ("Wang"). */
  personByPart(part: string): ArticleActor | undefined {
    const p = foldToken(part);
    let best: ArticleActor | undefined;
    for (const a of this.actors.values()) {
      if (a.kind !== 'person' || !a.parts.includes(p)) continue;
      if (!best || a.lastSeen > best.lastSeen) best = a;
    }
    return best;
  }

  /** The most recently mentioned organisation whose name contains `word` ("ministry"). */
  latestOrganization(word: string): string | null {
    let best: ArticleActor | undefined;
    for (const a of this.actors.values()) {
      if (a.kind !== 'organization' || !a.name.toLowerCase().includes(word)) continue;
      if (!best || a.lastSeen >= best.lastSeen) best = a;
    }
    return best?.name ?? null;
  }

  /** A person whose full name ends with `tail` ("Van Klaveren" → Alberto van Klaveren). */
  personBySuffix(tail: string): ArticleActor | undefined {
    const k = nameKey(tail);
    for (const a of this.actors.values()) {
      if (a.kind === 'person' && nameKey(a.name) !== k && nameKey(a.name).endsWith(k)) return a;
    }
    return undefined;
  }

  /** Roles of an actor for output: KB roles valid at the article date, else the text's. */
  roles(a: ArticleActor): Role[] {
    if (a.kind !== 'person') return [];
    const fromKb = a.kb ? rolesAt(a.kb, this.date) : [];
    if (fromKb.length && this.date) return fromKb.map(cleanRole);
    if (a.textRoles.length) return a.textRoles.map(cleanRole);
    return fromKb.map(cleanRole);
  }

  /** Country of a person (first role with one), for "his nation". */
  countryOf(a: ArticleActor): string | null {
    for (const r of [...a.textRoles, ...this.roles(a)]) if (r.country) return r.country;
    return null;
  }

  private ensure(name: string, kind: ActorKind, sentence: number): ArticleActor {
    let a = this.actors.get(name);
    if (!a) {
      a = { name, kind, aliases: new Set(), textRoles: [], parts: [], lastSeen: sentence };
      this.actors.set(name, a);
      this.byKey.set(nameKey(name), a);
    }
    a.lastSeen = sentence;
    return a;
  }

  private addAlias(a: ArticleActor, surface: string): void {
    const s = surface.replace(/[’']s$/, '').trim();
    if (s && s !== a.name) {
      a.aliases.add(s);
      this.byKey.set(nameKey(s), a);
    }
  }
}

function personParts(name: string): string[] {
  return name
    .split(/\s+/)
    .map((t) => foldToken(t))
    .filter((t) => t.length >= 2 && !NAME_PARTICLES.has(t))
    .flatMap((t) => (t.includes('-') ? [t, t.replace(/^(al|el)-/, '')] : [t]));
}

function cleanRole(r: Role): Role {
  const out: Role = { title: r.title };
  if (r.organization) out.organization = r.organization;
  if (r.country) out.country = r.country;
  if (r.from) out.from = r.from;
  if (r.to) out.to = r.to;
  return out;
}
