/**
 * Actor search with autocomplete: user text becomes a Lucene query (special
 * characters escaped, each word a prefix) on the full-text index of names
 * and aliases; without that index, a substring scan answers instead.
 */
import type { GraphRepository, SearchHit } from '../repositories/graph-repository.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** "wang y" → "wang* AND y*"; the last word also matches as a whole term, boosting exact hits. */
export function toLuceneQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0 && !/^(and|or|not)$/.test(w));
  if (words.length === 0) return '';
  const prefix = words.map((w) => `${w}*`).join(' AND ');
  const exact = words.join(' AND ');
  return `(${prefix}) OR (${exact})^2`;
}

function isMissingIndex(err: unknown): boolean {
  const msg = (err as Error)?.message ?? '';
  return /no such fulltext schema index|There is no such index|IndexNotFound/i.test(msg);
}

export function createSearchService(repo: GraphRepository) {
  let fullTextAvailable = true;
  async function search(q: string, kinds: string[], limit: number): Promise<SearchHit[]> {
    const query = toLuceneQuery(q);
    if (fullTextAvailable && query) {
      try {
        return await repo.searchFullText(query, kinds, limit);
      } catch (err) {
        if (!isMissingIndex(err)) throw err;
        fullTextAvailable = false;
        // Retry later: the schema may be applied after the app starts.
        setTimeout(() => (fullTextAvailable = true), 30_000).unref();
      }
    }
    const words = q
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 0);
    return words.length ? repo.searchScan(words, kinds, limit) : [];
  }
  return { search };
}
export type SearchService = ReturnType<typeof createSearchService>;
