import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../extract/types.js';
import { matchActors, scoreAll } from './score.js';

const art = (
  file: string,
  actors: [string, string[]][],
  inter: [string, string, string | null][],
): ExtractedArticle => ({
  file,
  title: null,
  published: null,
  url: null,
  actors: actors.map(([name, aliases]) => ({ name, kind: 'person', aliases, roles: [] })),
  interactions: inter.map(([type, source, target]) => ({
    type: type as ExtractedArticle['interactions'][number]['type'],
    source,
    target,
    date: null,
    topics: [],
    evidence: '',
  })),
});

describe('matchActors', () => {
  it('matches ignoring case, accents, hyphens, al- and the, and through aliases of either side', () => {
    const m = matchActors(
      [
        { name: 'Riyad Maliki', aliases: [] },
        { name: 'united states', aliases: [] },
        { name: 'Guterres', aliases: ['António Guterres'] },
      ],
      [
        { name: 'Riyad al-Maliki', aliases: [] },
        { name: 'The United States', aliases: ['U.S.'] },
        { name: 'Antonio Guterres', aliases: [] },
      ],
    );
    expect(m.get('united states')).toBe('The United States');
    expect(m.get('Guterres')).toBe('Antonio Guterres');
    expect(m.has('Riyad Maliki')).toBe(false); // "al-" is ignored only when leading
  });
});

describe('scoreAll', () => {
  it('pairs by basename, maps actors, ignores order of symmetric types and averages micro', () => {
    const gold = [
      art(
        'articles/01_x.txt',
        [
          ['Wang Yi', ['Wang']],
          ['Eli Cohen', []],
        ],
        [
          ['PHONE_CALL', 'Wang Yi', 'Eli Cohen'],
          ['APPEAL', 'Wang Yi', 'Eli Cohen'],
        ],
      ),
    ];
    const sys = [
      art(
        '/tmp/run/01_x.md',
        [
          ['Wang', []],
          ['Eli Cohen', []],
          ['Xinhua', []],
        ],
        [
          ['PHONE_CALL', 'Eli Cohen', 'Wang'],
          ['APPEAL', 'Eli Cohen', 'Wang'],
        ],
      ),
    ];
    const r = scoreAll(sys, gold);
    expect(r.articles).toBe(1);
    expect(r.actors).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(r.interactions).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.byType.PHONE_CALL.f1).toBe(1);
    expect(r.byType.APPEAL.f1).toBe(0);
    expect(r.interactions.f1).toBeCloseTo(0.5);
  });

  it('treats a null target as part of the triple', () => {
    const gold = [art('a.txt', [['China', []]], [['APPEAL', 'China', null]])];
    const sys = [art('a.txt', [['China', []]], [['APPEAL', 'China', null]])];
    expect(scoreAll(sys, gold).interactions.f1).toBe(1);
  });
});
