/**
 * Path questions: "who spoke to whom about [topic]" and "how is [A]
 * connected to [B]" (shortest paths, optionally through given types, or
 * time-respecting chains about a topic). Answers are listed hop by hop with
 * dates and evidence, and highlighted on the graph.
 */
import { api, type HopDto, type PathAnswers } from './api';
import { attachAutocomplete } from './autocomplete';
import { TYPES, typeColor, typeLabel } from './colors';
import { articleLink, clear, h } from './dom';
import type { Highlight } from './state';

export interface PathActions {
  highlight(h: Highlight | null): void;
  selectActor(id: string): void;
  /** Records the question in the URL. */
  remember(ask: Record<string, string> | null): void;
}

function hopLine(hop: HopDto, act: PathActions): HTMLElement {
  const name = (a: HopDto['from'] | null) =>
    a
      ? a.id
        ? h(
            'a',
            {
              className: 'actor-link',
              href: '#',
              onclick: (e: Event) => (e.preventDefault(), act.selectActor(a.id!)),
            },
            a.name,
          )
        : h('span', {}, a.name)
      : h('span', { className: 'muted' }, '(no listener)');
  const what =
    hop.type === 'HOLDS_ROLE'
      ? `holds role${hop.title ? `: ${hop.title}` : ''}`
      : typeLabel(hop.type);
  return h(
    'li',
    { className: 'hop', 'data-testid': 'hop' },
    h(
      'div',
      {},
      name(hop.from),
      ' ',
      h('span', { className: 'badge', style: `background:${typeColor(hop.type)}` }, what),
      ' ',
      name(hop.to),
      h('span', { className: 'muted' }, ` · ${hop.date ?? 'undated'}`),
    ),
    ...hop.evidence.map((ev) =>
      h(
        'div',
        {},
        h('blockquote', { className: 'evidence', 'data-testid': 'answer-evidence' }, ev.sentence),
        articleLink(ev),
      ),
    ),
  );
}

function highlightOf(answers: PathAnswers['answers']): Highlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const a of answers)
    for (const hop of a.hops) {
      if (hop.from.id) nodes.add(hop.from.id);
      if (hop.to?.id) nodes.add(hop.to.id);
      if (hop.eventId) edges.add(hop.eventId);
    }
  return { nodes, edges };
}

export function mountPaths(el: HTMLElement, act: PathActions, topics: () => string[]) {
  const out = h('div', { className: 'answers', 'data-testid': 'answers' });
  const cleanups: (() => void)[] = [];

  const show = (title: string, res: PathAnswers, empty: string) => {
    clear(out);
    out.append(h('h3', {}, title));
    if (res.answers.length === 0) {
      out.append(h('p', { className: 'muted', 'data-testid': 'no-answer' }, empty));
      act.highlight(null);
      return;
    }
    if (res.truncated) {
      out.append(
        h('p', { className: 'muted' }, `The first ${res.answers.length} of ${res.total} answers.`),
      );
    }
    const ol = h('ol', {});
    res.answers.forEach((a) => {
      const li = h(
        'li',
        { 'data-testid': 'answer' },
        h('ul', {}, ...a.hops.map((hop) => hopLine(hop, act))),
      );
      li.addEventListener('mouseenter', () => act.highlight(highlightOf([a])));
      li.addEventListener('mouseleave', () => act.highlight(highlightOf(res.answers)));
      ol.append(li);
    });
    out.append(
      ol,
      h(
        'button',
        { type: 'button', onclick: () => (act.highlight(null), clear(out), act.remember(null)) },
        'Clear',
      ),
    );
    act.highlight(highlightOf(res.answers));
  };
  const fail = (err: unknown) => {
    clear(out);
    out.append(
      h('p', { className: 'error', 'data-testid': 'answer-error' }, (err as Error).message),
    );
  };

  // Who spoke to whom about a topic.
  const topicList = h('datalist', { id: 'topic-list' });
  const topic = h('input', {
    type: 'text',
    list: 'topic-list',
    placeholder: 'topic, e.g. peace conference',
    'data-testid': 'who-topic',
    className: 'field',
  });
  const askWho = async (t: string) => {
    topic.value = t;
    act.remember({ ask: 'who', topic: t });
    try {
      show(`Who spoke to whom about “${t}”`, await api.whoSpoke(t), 'Nobody, in the graph.');
    } catch (err) {
      fail(err);
    }
  };
  const whoForm = h(
    'form',
    { 'data-testid': 'who-form' },
    h('h3', {}, 'Who spoke to whom about…'),
    h(
      'div',
      { className: 'row' },
      topic,
      h('button', { type: 'submit', className: 'primary', 'data-testid': 'ask-who' }, 'Ask'),
    ),
    topicList,
  );
  whoForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (topic.value.trim()) void askWho(topic.value.trim());
  });

  // How is A connected to B.
  const actorField = (testid: string, placeholder: string) => {
    const input = h('input', {
      type: 'text',
      placeholder,
      'data-testid': testid,
      className: 'field',
      autocomplete: 'off',
    });
    const list = h('ul', { className: 'suggestions', hidden: true });
    cleanups.push(attachAutocomplete(input, list, (hit) => (input.value = hit.name)));
    return { input, box: h('div', { className: 'search row' }, input, list) };
  };
  const a = actorField('path-source', 'actor A (name or alias)');
  const b = actorField('path-target', 'actor B');
  const typeChecks = TYPES.map((t) => h('input', { type: 'checkbox', value: t }));
  const timedTopic = h('input', {
    type: 'text',
    list: 'topic-list',
    placeholder: 'topic (time-respecting chain)',
    className: 'field',
    'data-testid': 'path-topic',
  });
  const askPath = async (src: string, dst: string, via: string[], timed: string) => {
    a.input.value = src;
    b.input.value = dst;
    timedTopic.value = timed;
    typeChecks.forEach((c) => (c.checked = via.includes(c.value)));
    act.remember({ ask: 'path', source: src, target: dst, via: via.join(','), timed });
    try {
      if (timed) {
        show(
          `${src} → ${dst}, about “${timed}”, in time order`,
          await api.timeRespecting(src, dst, timed),
          'No time-respecting chain about this topic.',
        );
      } else {
        show(
          `How is ${src} connected to ${dst}?`,
          await api.shortest(src, dst, via),
          'Not connected (within 6 hops).',
        );
      }
    } catch (err) {
      fail(err);
    }
  };
  const pathForm = h(
    'form',
    { 'data-testid': 'path-form' },
    h('h3', {}, 'How is A connected to B?'),
    a.box,
    b.box,
    h(
      'details',
      {},
      h('summary', {}, 'Only through these types'),
      h(
        'div',
        { className: 'checks' },
        ...typeChecks.map((c) => h('label', {}, c, typeLabel(c.value))),
      ),
    ),
    h('div', { className: 'row' }, timedTopic),
    h(
      'div',
      { className: 'row' },
      h('button', { type: 'submit', className: 'primary', 'data-testid': 'ask-path' }, 'Ask'),
    ),
  );
  pathForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const via = typeChecks.filter((c) => c.checked).map((c) => c.value);
    if (a.input.value.trim() && b.input.value.trim()) {
      void askPath(a.input.value.trim(), b.input.value.trim(), via, timedTopic.value.trim());
    }
  });

  el.append(whoForm, pathForm, out);
  return {
    refreshTopics() {
      clear(topicList);
      for (const t of topics()) topicList.append(h('option', { value: t }));
    },
    /** Re-asks a question from the URL. */
    replay(ask: Record<string, string>) {
      if (ask.ask === 'who' && ask.topic) void askWho(ask.topic);
      if (ask.ask === 'path' && ask.source && ask.target) {
        void askPath(
          ask.source,
          ask.target,
          (ask.via ?? '').split(',').filter(Boolean),
          ask.timed ?? '',
        );
      }
    },
    cleanup: () => cleanups.forEach((c) => c()),
  };
}
