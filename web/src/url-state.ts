/**
 * The view's state in the URL hash, so a view can be shared: filters, the
 * selected actor or event, the open tab and the last path question.
 * `#types=PHONE_CALL,MEETING&from=2023-10&actor=person:wang-yi&ask=who&topic=ceasefire`
 */
import type { Filters } from './state';

export interface UrlState {
  filters: Filters;
  actor: string | null;
  event: string | null;
  tab: string | null;
  /** The last path question asked, to re-ask on load. */
  ask: Record<string, string> | null;
}

const ASK_KEYS = ['ask', 'topic', 'source', 'target', 'via', 'timed'];
const MONTH = /^\d{4}-\d{2}$/;

export function parseUrlState(hash: string = location.hash): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string) =>
    new Set(
      (p.get(k) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  const month = (k: string) => {
    const v = p.get(k);
    return v && MONTH.test(v) ? v : null;
  };
  const ask: Record<string, string> = {};
  for (const k of ASK_KEYS) {
    const v = p.get(k);
    if (v) ask[k] = v;
  }
  return {
    filters: {
      types: list('types'),
      kinds: list('kinds'),
      topics: new Set(p.getAll('topic_f')),
      from: month('from'),
      to: month('to'),
    },
    actor: p.get('actor'),
    event: p.get('event'),
    tab: p.get('tab'),
    ask: ask.ask ? ask : null,
  };
}

export function formatUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.filters.types.size) p.set('types', [...s.filters.types].join(','));
  if (s.filters.kinds.size) p.set('kinds', [...s.filters.kinds].join(','));
  for (const t of s.filters.topics) p.append('topic_f', t);
  if (s.filters.from) p.set('from', s.filters.from);
  if (s.filters.to) p.set('to', s.filters.to);
  if (s.actor) p.set('actor', s.actor);
  if (s.event) p.set('event', s.event);
  if (s.tab && s.tab !== 'filters') p.set('tab', s.tab);
  if (s.ask) for (const [k, v] of Object.entries(s.ask)) if (ASK_KEYS.includes(k) && v) p.set(k, v);
  const text = p.toString();
  return text ? `#${text}` : '';
}

/** Replaces the hash without adding a history entry per change. */
export function writeUrlState(s: UrlState): void {
  const hash = formatUrlState(s);
  if (hash !== location.hash)
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}
