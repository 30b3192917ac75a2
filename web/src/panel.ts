/**
 * The side panel for the selected actor (roles, events with the evidence
 * sentences and their articles) or edge (the event and all its reports).
 * Everything from the data is set as text.
 */
import { api, type ActorDetail, type ActorRef, type EventDetail, type ReportDto } from './api';
import { kindColor, typeColor, typeLabel } from './colors';
import { articleLink, clear, h } from './dom';

export interface PanelActions {
  selectActor(id: string): void;
  selectEvent(id: string): void;
  close(): void;
}

function actorLink(a: ActorRef | null, act: PanelActions): Node {
  if (!a) return h('span', { className: 'muted' }, '(no target)');
  return h(
    'a',
    {
      className: 'actor-link',
      href: '#',
      'data-actor': a.id,
      onclick: (e: Event) => (e.preventDefault(), act.selectActor(a.id)),
    },
    a.name,
  );
}

function typeBadge(type: string): HTMLElement {
  return h('span', { className: 'badge', style: `background:${typeColor(type)}` }, typeLabel(type));
}

function reportsList(reports: ReportDto[]): Node[] {
  return reports.map((r) =>
    h(
      'div',
      { className: 'report' },
      h('blockquote', { className: 'evidence', 'data-testid': 'evidence' }, r.evidence),
      articleLink(r.article),
      r.article?.published ? h('span', { className: 'muted' }, ` · ${r.article.published}`) : null,
    ),
  );
}

export function createPanel(el: HTMLElement, act: PanelActions) {
  let seq = 0;
  const header = (title: string, sub: Node[]) => [
    h(
      'button',
      { type: 'button', className: 'close', 'aria-label': 'Close', onclick: () => act.close() },
      '×',
    ),
    h('h2', { 'data-testid': 'panel-title' }, title),
    h('p', {}, ...sub),
  ];
  const loading = () => {
    el.hidden = false;
    clear(el);
    el.append(h('p', { className: 'muted' }, 'Loading…'));
    el.removeAttribute('data-loaded');
  };
  const fail = (err: unknown) => {
    clear(el);
    el.append(h('p', { className: 'error' }, (err as Error).message));
  };

  function renderActor(d: ActorDetail): void {
    clear(el);
    el.append(
      ...header(
        d.actor.name,
        [
          h(
            'span',
            { className: 'badge', style: `background:${kindColor(d.actor.kind)}` },
            d.actor.kind,
          ),
          d.actor.aliases.length
            ? h('span', { className: 'muted' }, `also: ${d.actor.aliases.join(', ')}`)
            : null,
        ].filter((x): x is HTMLElement => !!x),
      ),
    );
    if (d.roles.length) {
      el.append(h('h3', {}, 'Roles'));
      const ul = h('ul', { 'data-testid': 'roles' });
      for (const r of d.roles) {
        const dates = [r.from, r.to].some(Boolean) ? ` (${r.from ?? '…'} – ${r.to ?? '…'})` : '';
        ul.append(h('li', {}, `${r.title ?? 'Role'}, `, actorLink(r.at, act), dates));
      }
      el.append(ul);
    }
    el.append(
      h(
        'h3',
        {},
        `Interactions (${d.eventCount}${d.events.length < d.eventCount ? `, latest ${d.events.length}` : ''})`,
      ),
    );
    for (const e of d.events) {
      const other = e.source?.id === d.actor.id ? e.target : e.source;
      const dir = e.source?.id === d.actor.id ? '→' : '←';
      el.append(
        h(
          'div',
          { className: 'event', 'data-testid': 'event', 'data-event': e.id },
          h(
            'div',
            { className: 'head' },
            typeBadge(e.type),
            h('span', {}, dir, ' '),
            actorLink(other, act),
            h('span', { className: 'muted' }, e.date ?? 'undated'),
            e.topics.length ? h('span', { className: 'muted' }, `· ${e.topics.join(', ')}`) : null,
          ),
          ...reportsList(e.reports),
        ),
      );
    }
    el.setAttribute('data-loaded', 'actor');
  }

  function renderEvent(d: EventDetail): void {
    clear(el);
    el.append(
      ...header(typeLabel(d.event.type), [
        actorLink(d.source, act),
        h('span', {}, ' → '),
        actorLink(d.target, act),
        h('span', { className: 'muted' }, ` · ${d.event.date ?? 'undated'}`),
      ]),
    );
    if (d.event.topics.length)
      el.append(h('p', { className: 'muted' }, `Topics: ${d.event.topics.join(', ')}`));
    el.append(h('h3', {}, `Reports (${d.reports.length})`), ...reportsList(d.reports));
    el.setAttribute('data-loaded', 'event');
  }

  return {
    async showActor(id: string) {
      const mine = ++seq;
      loading();
      try {
        const d = await api.actor(id);
        if (mine === seq) renderActor(d);
      } catch (err) {
        if (mine === seq) fail(err);
      }
    },
    async showEvent(id: string) {
      const mine = ++seq;
      loading();
      try {
        const d = await api.event(id);
        if (mine === seq) renderEvent(d);
      } catch (err) {
        if (mine === seq) fail(err);
      }
    },
    hide() {
      seq++;
      el.hidden = true;
      clear(el);
    },
  };
}
