/**
 * Coreference within an article, after all names are known: pronouns ("he"
 * → the last person in subject position), "his nation", role phrases
 * ("China's top diplomat" → the article's person holding that role at the
 * article date, else the country) and plural phrases ("both sides").
 */
import { rolesAt } from './kb.js';
import { FOREIGN_MINISTER_TITLES } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { ActorRegistry, ArticleActor } from './registry.js';

export interface SentenceMentions {
  mentions: Mention[];
  /** The words of a mention (for plural phrases). */
  words?: (m: Mention) => string;
}

function titleMatches(roleTitle: string, wanted: string): boolean {
  const r = roleTitle.toLowerCase();
  if (/^counterparts?$/.test(wanted)) return true;
  const fm = (s: string): boolean =>
    FOREIGN_MINISTER_TITLES.some((f) => s.includes(f)) || s.includes('foreign affairs');
  if (fm(wanted) || /foreign ministers?/.test(wanted)) return fm(r);
  if (/premier/.test(wanted) && /prime minister|premier/.test(r)) return true;
  if (/envoy/.test(wanted) && /envoy|representative|ambassador/.test(r)) return true;
  if (/^(the )?(chinese |chief )?diplomat$/.test(wanted)) return fm(r);
  return r.includes(wanted.replace(/s$/, ''));
}

function holds(reg: ActorRegistry, a: ArticleActor, country: string, title: string): boolean {
  const roles = [...a.textRoles, ...(a.kb ? rolesAt(a.kb, reg.date) : [])];
  return roles.some(
    (r) =>
      (r.country === country || r.organization === country) && titleMatches(r.title ?? '', title),
  );
}

export function resolveReferences(sentences: SentenceMentions[], reg: ActorRegistry): void {
  const countries: string[] = [];
  let lastSubject: string | null = null;
  let lastPerson: string | null = null;
  let convoPair: string[] | null = null;
  const recentPersons: string[] = [];
  let lastCoordPair: string[] | null = null;
  const kindOf = (id: string): string | undefined => reg.get(id)?.kind;
  for (const s of sentences) {
    let firstPersonSeen = false;
    const sentenceCountries: string[] = [];
    for (let k = 0; k < s.mentions.length; k++) {
      const m = s.mentions[k];
      switch (m.kind) {
        case 'pronoun':
          if (m.role?.title === 'it') {
            // "it": the nearest country or body before it in the sentence, outside a phrase.
            const prev = [...s.mentions.slice(0, k)]
              .reverse()
              .find(
                (x) =>
                  !x.prep &&
                  x.ids.some((id) => kindOf(id) === 'country' || kindOf(id) === 'organization'),
              );
            m.ids = prev ? [prev.ids[0]] : [];
          } else if (m.role?.title === 'nation') {
            // "the nation": the latest country named that is not the speaker's own.
            const subj = lastSubject ? reg.get(lastSubject) : undefined;
            const own = subj ? reg.countryOf(subj) : null;
            const here = new Set(s.mentions.slice(0, k).flatMap((x) => x.ids));
            const pick = [...countries].reverse().find((c) => c !== own && !here.has(c));
            m.ids = pick ? [pick] : [];
          } else m.ids = lastSubject ? [lastSubject] : lastPerson ? [lastPerson] : [];
          break;
        case 'country-of': {
          const who = m.ids[0] ?? lastSubject ?? lastPerson;
          const a = who ? reg.get(who) : undefined;
          const c = a ? reg.countryOf(a) : null;
          m.ids =
            c && reg.get(c)
              ? [c]
              : c
                ? [
                    reg.fromKb(
                      reg.kb.byCanonical(c) ?? { name: c, kind: 'country', aliases: [], roles: [] },
                      c,
                      0,
                    ).name,
                  ]
                : [];
          break;
        }
        case 'role': {
          const r = m.role!;
          let country = r.country;
          if (!country && r.viaPronoun) {
            const prev = [...s.mentions.slice(0, k)]
              .reverse()
              .find((x) => x.ids.some((id) => kindOf(id) === 'country'));
            country = prev?.ids.find((id) => kindOf(id) === 'country') ?? null;
          }
          if (!country) {
            // "the Special Envoy": the one person of the article with that title.
            // Persons named earlier in the sentence are its other participants, not this one.
            const here = new Set(s.mentions.slice(0, k).flatMap((x) => x.ids));
            const byTitle = [...reg.actors.values()].filter(
              (a) =>
                a.kind === 'person' &&
                !here.has(a.name) &&
                [...a.textRoles, ...(a.kb ? rolesAt(a.kb, reg.date) : [])].some((x) =>
                  titleMatches(x.title ?? '', r.title),
                ),
            );
            m.ids = byTitle.length === 1 ? [byTitle[0].name] : [];
            break;
          }
          // An apposition names the person: "the U.S.'s top diplomat, Nicholas Burns".
          const next = s.mentions[k + 1];
          if (
            next &&
            next.start <= m.end + 1 &&
            next.ids.length === 1 &&
            kindOf(next.ids[0]) === 'person'
          ) {
            m.ids = [];
            break;
          }
          const holders = [...reg.actors.values()].filter(
            (a) => a.kind === 'person' && holds(reg, a, country!, r.title),
          );
          m.ids = holders.length ? [holders[0].name] : [country];
          break;
        }
        case 'plural': {
          const words = s.words?.(m) ?? '';
          const persons = /leaders|presidents|ministers|men|diplomats/.test(words);
          if (persons) {
            // "the two leaders": the last two persons named.
            // Persons named earlier in the sentence (its speaker) are not "the two leaders".
            const here = new Set(s.mentions.slice(0, k).flatMap((x) => x.ids));
            const picked: string[] = [];
            for (let i = recentPersons.length - 1; i >= 0 && picked.length < 2; i--) {
              if (!picked.includes(recentPersons[i]) && !here.has(recentPersons[i]))
                picked.push(recentPersons[i]);
            }
            m.ids = picked.length === 2 ? picked.reverse() : convoPair ? [...convoPair] : [];
          } else if (k === 0 && convoPair) {
            // "both sides" after talks between two officials: their countries.
            const countriesOf = convoPair.map((id) => {
              const a = reg.get(id);
              const c = a?.kind === 'person' ? reg.countryOf(a) : null;
              const k = c ? reg.kb.byCanonical(c) : undefined;
              return k ? reg.fromKb(k, k.name, 0).name : id;
            });
            m.ids =
              countriesOf[0] !== countriesOf[1] && /sides|countries|nations|governments/.test(words)
                ? countriesOf.filter((c) => reg.get(c))
                : [...convoPair];
            if (m.ids.length < 2) m.ids = [...convoPair];
          } else if (lastCoordPair && /sides|parties|neighbou?rs/.test(words))
            m.ids = [...lastCoordPair];
          else {
            const exclude = new Set(sentenceCountries);
            const picked: string[] = [];
            for (let i = countries.length - 1; i >= 0 && picked.length < 2; i--) {
              if (!exclude.has(countries[i]) && !picked.includes(countries[i]))
                picked.push(countries[i]);
            }
            m.ids = picked.length === 2 ? picked.reverse() : [];
          }
          break;
        }
        case 'entity':
          break;
      }
      for (const id of m.ids) {
        const a = reg.get(id);
        if (!a) continue;
        if (a.kind === 'person') {
          lastPerson = id;
          if (m.kind === 'entity') recentPersons.push(id);
          if (!firstPersonSeen && !m.prep && m.kind === 'entity') lastSubject = id;
          firstPersonSeen = true;
        } else if (a.kind === 'country' && m.prep !== 'in') {
          countries.push(id);
          sentenceCountries.push(id);
        }
      }
    }
    // The last pair named together ("the army and the RSF"), for "the two sides" after it.
    for (let k = 1; k < s.mentions.length; k++) {
      const a = s.mentions[k - 1];
      const b = s.mentions[k];
      if (
        b.coord &&
        !s.mentions[k + 1]?.coord &&
        !a.coord &&
        a.ids.length === 1 &&
        b.ids.length === 1 &&
        a.ids[0] !== b.ids[0]
      )
        lastCoordPair = [a.ids[0], b.ids[0]];
    }
    // The pair of a call or meeting named in this sentence, for "the two sides" after it.
    const between = s.mentions.filter((m) => m.prep === 'between' && m.ids.length);
    const withM = s.mentions.find((m) => m.prep === 'with' || m.prep === 'between');
    if (between.length >= 2) convoPair = [between[0].ids[0], between[1].ids[0]];
    else if (withM && withM.ids.length) {
      const withKind = kindOf(withM.ids[0]);
      const before = s.mentions.filter(
        (m) => !m.prep && m.ids.length && m.end <= withM.start && kindOf(m.ids[0]) === withKind,
      );
      const subj =
        before[before.length - 1] ?? s.mentions.find((m) => !m.prep && m.ids.length && m !== withM);
      if (subj) convoPair = [subj.ids[0], withM.ids[0]];
    }
  }
}
