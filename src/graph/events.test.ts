import { describe, expect, it } from 'vitest';
import {
  actorId,
  articleId,
  assignFloating,
  dateRange,
  eventId,
  fixedCluster,
  groupKey,
  pairKey,
  saidInCalls,
  slug,
  type PositionedInteraction,
} from './events.js';

describe('ids', () => {
  it('gives actors a canonical id from kind and name', () => {
    expect(actorId('person', 'Riyad al-Maliki')).toBe('person:riyad-al-maliki');
    expect(actorId('person', 'Riyad Al-Maliki')).toBe('person:riyad-al-maliki');
    expect(actorId('country', 'United States')).toBe('country:united-states');
    expect(slug('Côte d’Ivoire')).toBe('cote-divoire');
  });
  it('normalises article paths', () => {
    expect(articleId('./seeds/004.txt')).toBe('seeds/004.txt');
    expect(articleId('seeds\\004.txt')).toBe('seeds/004.txt');
  });
  it('orders symmetric participants canonically and keeps directed ones', () => {
    expect(groupKey('PHONE_CALL', 'person:wang-yi', 'person:eli-cohen')).toBe(
      groupKey('PHONE_CALL', 'person:eli-cohen', 'person:wang-yi'),
    );
    expect(groupKey('APPEAL', 'b', 'a')).not.toBe(groupKey('APPEAL', 'a', 'b'));
    expect(pairKey('b', 'a')).toBe('a|b');
    expect(pairKey('a', null)).toBeNull();
  });
  it('gives month dates their full range', () => {
    expect(dateRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(dateRange('2023-10-23')).toEqual({ from: '2023-10-23', to: '2023-10-23' });
    expect(dateRange(null)).toEqual({ from: null, to: null });
  });
  it('keeps day-dated and targetless reports in fixed clusters', () => {
    expect(fixedCluster('2023-10-23', true, 'r1')).toBe('d:2023-10-23');
    expect(fixedCluster(null, false, 'r1')).toBe('r:r1');
    expect(fixedCluster('2023-10', false, 'r1')).toBe('r:r1');
    expect(fixedCluster(null, true, 'r1')).toBeNull();
    expect(eventId('g', 'd:2023-10-23')).toBe(eventId('g', 'd:2023-10-23'));
    expect(eventId('g', 'd:2023-10-23')).not.toBe(eventId('g', 'd:2023-10-24'));
  });
});

describe('assignFloating (the event-merging rule for undated and month-only reports)', () => {
  it('joins the only dated event of the group', () => {
    const m = assignFloating(['2023-10-23'], [{ id: 'a', date: null, published: null }]);
    expect(m.get('a')).toBe('d:2023-10-23');
  });
  it('joins the dated event within 31 days before publication, not one outside', () => {
    const days = ['2023-10-23', '2024-03-01'];
    const m = assignFloating(days, [
      { id: 'a', date: null, published: '2023-10-24' },
      { id: 'b', date: null, published: '2024-03-05' },
      { id: 'c', date: null, published: '2025-01-01' },
    ]);
    expect(m.get('a')).toBe('d:2023-10-23');
    expect(m.get('b')).toBe('d:2024-03-01');
    expect(m.get('c')).toBe('u');
  });
  it('stays apart when several dated events fit and nothing chooses', () => {
    const m = assignFloating(
      ['2023-10-01', '2023-10-23'],
      [{ id: 'a', date: null, published: null }],
    );
    expect(m.get('a')).toBe('u');
  });
  it('picks the dated event nearest the publication date when several fit', () => {
    const m = assignFloating(
      ['2023-10-01', '2023-10-23'],
      [{ id: 'a', date: null, published: '2023-10-25' }],
    );
    expect(m.get('a')).toBe('d:2023-10-23');
  });
  it('matches month-only reports to a day of that month', () => {
    const m = assignFloating(
      ['2023-10-23', '2023-11-02'],
      [
        { id: 'a', date: '2023-10', published: null },
        { id: 'b', date: '2023-12', published: null },
        { id: 'c', date: null, published: '2023-12-20' },
      ],
    );
    expect(m.get('a')).toBe('d:2023-10-23');
    expect(m.get('b')).toBe('m:2023-12');
    // No dated event near 2023-12-20, but the group's December event is compatible.
    expect(m.get('c')).toBe('m:2023-12');
  });
  it('gathers floating reports of a group without dated events in one event', () => {
    const m = assignFloating(
      [],
      [
        { id: 'a', date: null, published: null },
        { id: 'b', date: null, published: '2023-10-24' },
      ],
    );
    expect(m.get('a')).toBe('u');
    expect(m.get('b')).toBe('u');
  });
  it('does not depend on input order', () => {
    const fl = [
      { id: 'a', date: '2023-10', published: null },
      { id: 'b', date: null, published: '2023-10-30' },
      { id: 'c', date: null, published: null },
    ];
    const one = assignFloating(['2023-10-02', '2023-10-23'], fl);
    const two = assignFloating(['2023-10-23', '2023-10-02'], [...fl].reverse());
    expect([...one].sort()).toEqual([...two].sort());
  });
});

describe('saidInCalls', () => {
  const call = (position: number, source = 'wang', target = 'maliki'): PositionedInteraction => ({
    type: 'PHONE_CALL',
    source,
    target,
    date: '2023-10-23',
    position,
  });
  const said = (
    position: number,
    source: string,
    target: string | null,
    date: string | null = null,
  ): PositionedInteraction => ({ type: 'APPEAL', source, target, date, position });
  const aff = new Map([['wang', new Set(['china'])]]);

  it('puts a participant’s (or their country’s) statement after the call inside it', () => {
    const items = [call(4), said(5, 'china', null), said(5, 'wang', 'maliki', '2023-10-23')];
    expect([...saidInCalls(items, aff)]).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
  it('ends the span at the next call and after a few sentences', () => {
    const items = [
      call(0, 'wang', 'cohen'),
      said(1, 'wang', null),
      call(4),
      said(5, 'china', null),
      said(9, 'wang', null),
    ];
    expect(saidInCalls(items, aff)).toEqual(
      new Map([
        [1, 0],
        [3, 2],
      ]),
    );
  });
  it('ignores other speakers, other dates, other addressees and ambiguous sentences', () => {
    const items = [
      call(0),
      said(1, 'biden', null),
      said(1, 'wang', null, '2023-10-01'),
      said(1, 'wang', 'hamas'),
    ];
    expect(saidInCalls(items, aff).size).toBe(0);
    const two = [call(0, 'china', 'israel'), call(0, 'china', 'palestine'), said(1, 'china', null)];
    expect(saidInCalls(two, aff).size).toBe(0);
  });
});
