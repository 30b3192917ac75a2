/**
 * Name normalisation shared by the knowledge base, coreference and the
 * scorer: case, accents, hyphens, apostrophes and a leading "al-"/"the" are
 * ignored when names are compared (EXTRACTION.md "Scoring").
 */

/** Comparison key of a name. */
export function nameKey(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]s\b/g, '')
    .replace(/[’'`´]/g, '')
    .replace(/[-‐‑–—_.]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^(the|al) /, '');
  return s.replace(/ /g, '');
}

/** Lower-cased, accent-free form of one token, for lexicon lookups. */
export function foldToken(token: string): string {
  // Fast path: plain ASCII needs no Unicode normalisation.
  if (/^[A-Za-z0-9.-]*$/.test(token)) return token.toLowerCase();
  return token
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]s$/, '')
    .replace(/[’`´]/g, "'");
}
