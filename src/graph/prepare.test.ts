import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../extract/types.js';
import { prepareArticle } from './prepare.js';

const article: ExtractedArticle = {
  file: './seeds/x.txt',
  title: 'T',
  published: '2023-10-24T01:49:00Z',
  url: null,
  actors: [
    {
      name: 'Wang Yi',
      kind: 'person',
      aliases: ['Wang', 'wang yi'],
      roles: [{ title: 'Foreign Minister', country: 'China' }],
    },
    { name: 'Riyad al-Maliki', kind: 'person', aliases: [], roles: [] },
  ],
  interactions: [
    {
      type: 'PHONE_CALL',
      source: 'Wang',
      target: 'Riyad al-Maliki',
      date: null,
      topics: [],
      evidence: 'In a call',
      sentenceIndex: 4,
    },
    {
      type: 'APPEAL',
      source: 'China',
      target: null,
      date: null,
      topics: ['Peace Conference', 'peace conference'],
      evidence: 'China calls for a peace conference',
      sentenceIndex: 5,
    },
    {
      type: 'STATEMENT',
      source: 'Wang Yi',
      target: 'Nobody Known',
      date: '2023-10-23',
      topics: [],
      evidence: 'x',
      sentenceIndex: 5,
    },
  ],
};

describe('prepareArticle', () => {
  const p = prepareArticle(article);
  it('normalises the article and its date', () => {
    expect(p.article.id).toBe('seeds/x.txt');
    expect(p.article.published).toBe('2023-10-24');
  });
  it('resolves actors by name or alias and adds role holders as actors', () => {
    expect(p.actors.map((a) => a.id).sort()).toEqual([
      'country:china',
      'person:riyad-al-maliki',
      'person:wang-yi',
    ]);
    // China is named only in a role, but it acts (the appeal): it is mentioned.
    expect(p.mentions).toContain('country:china');
    expect(p.actors.find((a) => a.id === 'person:wang-yi')!.aliases).toEqual(['Wang']);
    expect(p.roles).toEqual([
      expect.objectContaining({
        person: 'person:wang-yi',
        holder: 'country:china',
        title: 'Foreign Minister',
      }),
    ]);
  });
  it('makes reports with canonical participants, topic keys and float keys', () => {
    const [call, appeal] = p.reports;
    expect(call!.eventSource).toBe('person:riyad-al-maliki');
    expect(call!.floatKey).toBe(call!.groupKey);
    expect(appeal!.topics).toEqual(['peace conference']);
    expect(appeal!.fixedCluster).toBe(`r:${appeal!.id}`);
  });
  it('skips interactions with unknown actors, and links statements to the call they were made in', () => {
    expect(p.reports).toHaveLength(2);
    expect(p.skipped).toEqual(['#2: unknown target actor "Nobody Known"']);
    expect(p.saidIn).toEqual([{ from: p.reports[1]!.id, to: p.reports[0]!.id }]);
  });
  it('is deterministic', () => {
    expect(prepareArticle(article)).toEqual(p);
  });
});
