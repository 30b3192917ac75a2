/** Unit tests of the search text → Lucene query translation. */
import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './search-service.js';

describe('toLuceneQuery', () => {
  it('makes every word a prefix and boosts whole words', () => {
    expect(toLuceneQuery('Wang Y')).toBe('(wang* AND y*) OR (wang AND y)^2');
  });
  it('escapes Lucene syntax and drops operators', () => {
    expect(toLuceneQuery('al-Maliki" OR *:*')).toBe(
      '(al\\-maliki\\"* AND \\*\\:\\**) OR (al\\-maliki\\" AND \\*\\:\\*)^2',
    );
    expect(toLuceneQuery('  ')).toBe('');
  });
});
