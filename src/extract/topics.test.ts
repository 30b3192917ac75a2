import { describe, expect, it } from 'vitest';
import { findTopics } from './topics.js';
import { resolveDate } from './dates.js';
import { nameKey } from './normalize.js';

describe('findTopics', () => {
  it('normalises synonyms to the maintained topic', () => {
    expect(
      findTopics('They called for a cease-fire and an international peace conference.'),
    ).toEqual(['ceasefire', 'peace conference']);
    expect(findTopics('Peace negotiations should resume.')).toEqual(['peace talks']);
    expect(findTopics('Nothing relevant.')).toEqual([]);
  });
});

describe('resolveDate', () => {
  it('resolves weekdays and months against the article date', () => {
    expect(resolveDate('They spoke on Monday.', '2023-10-24')).toBe('2023-10-23');
    expect(resolveDate('They last spoke in March.', '2022-07-28')).toBe('2022-03');
    expect(resolveDate('They met on May 10-11.', '2023-05-20')).toBe('2023-05-10');
    expect(resolveDate('They spoke on Monday.', null)).toBeNull();
    expect(resolveDate('The conflict may spread.', '2023-10-24')).toBeNull();
  });
});

describe('nameKey', () => {
  it('ignores case, accents, hyphens and a leading al-/the', () => {
    expect(nameKey('al-Maliki')).toBe(nameKey('Maliki'));
    expect(nameKey('António Guterres')).toBe(nameKey('antonio guterres'));
    expect(nameKey('The United States')).toBe(nameKey('United States'));
    expect(nameKey('Amir-Abdollahian')).toBe(nameKey('Amir Abdollahian'));
  });
});
