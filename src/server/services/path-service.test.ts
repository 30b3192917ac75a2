/** Unit tests of the path answers adapted from the library queries' columns. */
import { describe, expect, it } from 'vitest';
import { answersOfShortest, answersOfWhoSpoke } from './path-service.js';

describe('path answers', () => {
  it('gives each hop its stored direction, with ids from the path nodes', () => {
    const [a] = answersOfShortest([
      {
        length: 2,
        nodes: [
          { id: 'p:a', name: 'A', kind: 'person' },
          { id: 'p:b', name: 'B', kind: 'person' },
          { id: 'c:c', name: 'C', kind: 'country' },
        ],
        hops: [
          {
            type: 'PHONE_CALL',
            from: 'B',
            to: 'A',
            eventId: 'e1',
            date: '2023-10-01',
            topics: [],
            evidence: [],
          },
          {
            type: 'APPEAL',
            from: 'B',
            to: 'C',
            eventId: 'e2',
            date: null,
            topics: ['x'],
            evidence: [{ sentence: 's', title: 't', url: 'u', file: 'f' }],
          },
        ],
      },
    ]);
    expect(a!.hops.map((h) => [h.from.id, h.to?.id])).toEqual([
      ['p:b', 'p:a'],
      ['p:b', 'c:c'],
    ]);
    expect(a!.hops[1]!.evidence[0]!.sentence).toBe('s');
  });
  it('keeps who-spoke rows without a listener', () => {
    const [a] = answersOfWhoSpoke([
      {
        speaker: 'China',
        speakerId: 'country:china',
        speakerKind: 'country',
        hasListener: false,
        type: 'APPEAL',
        eventId: 'e',
        date: null,
        topics: [],
        evidence: [],
      },
    ]);
    expect(a!.hops[0]!.to).toBeNull();
    expect(a!.hops[0]!.from.id).toBe('country:china');
  });
});
