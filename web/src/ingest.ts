/**
 * The ingest form: paste an article (or pick a file), see what would be
 * extracted (actors, interactions with evidence), then commit it. Needs the
 * server's ingest token, kept for the tab's session only.
 */
import { api, type IngestPreview } from './api';
import { kindColor, typeColor, typeLabel } from './colors';
import { clear, h } from './dom';

const TOKEN_KEY = 'kg-ingest-token';

export function mountIngest(el: HTMLElement, onCommitted: () => Promise<void>) {
  const token = h('input', {
    type: 'password',
    className: 'field',
    placeholder: 'ingest token',
    'data-testid': 'ingest-token',
    autocomplete: 'off',
  });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const text = h('textarea', {
    rows: 10,
    'data-testid': 'ingest-text',
    placeholder: '# Title\n**2023-10-24**\n\nArticle text…',
    'aria-label': 'Article text',
  });
  const file = h('input', {
    type: 'file',
    accept: '.txt,.md,.markdown,.html,.htm',
    'data-testid': 'ingest-file',
  });
  let filename: string | undefined;
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    filename = f.name.replace(/[^\w .()-]/g, '_').slice(0, 200);
    text.value = await f.text();
  });
  const out = h('div', { 'data-testid': 'ingest-result' });
  const previewBtn = h(
    'button',
    { type: 'submit', className: 'primary', 'data-testid': 'ingest-preview' },
    'Preview',
  );

  const renderPreview = (p: IngestPreview) => {
    clear(out);
    const a = p.article;
    out.append(
      h('h3', {}, 'Preview'),
      h(
        'p',
        {},
        h('strong', { 'data-testid': 'preview-title' }, a.title ?? '(no title)'),
        h('span', { className: 'muted' }, ` · ${a.published ?? 'no date'}`),
      ),
      h('h3', {}, `Actors (${a.actors.length})`),
      h(
        'ul',
        { className: 'preview-list', 'data-testid': 'preview-actors' },
        ...a.actors.map((x) =>
          h(
            'li',
            {},
            h('span', { className: 'swatch', style: `background:${kindColor(x.kind)}` }),
            ' ',
            x.name,
            h('span', { className: 'muted' }, ` ${x.kind}`),
          ),
        ),
      ),
      h('h3', {}, `Interactions (${a.interactions.length})`),
      h(
        'ul',
        { className: 'preview-list', 'data-testid': 'preview-interactions' },
        ...a.interactions.map((i) =>
          h(
            'li',
            {},
            i.source,
            ' ',
            h(
              'span',
              { className: 'badge', style: `background:${typeColor(i.type)}` },
              typeLabel(i.type),
            ),
            ' ',
            i.target ?? '—',
            h('span', { className: 'muted' }, ` · ${i.date ?? 'undated'}`),
            h('blockquote', { className: 'evidence' }, i.evidence),
          ),
        ),
      ),
    );
    const commit = h(
      'button',
      { type: 'button', className: 'primary', 'data-testid': 'ingest-commit' },
      'Commit to the graph',
    );
    commit.addEventListener('click', async () => {
      commit.disabled = true;
      try {
        const r = await api.ingestCommit(p.previewId, token.value);
        out.append(
          h(
            'p',
            { 'data-testid': 'ingest-done' },
            `Committed: ${String(r.written ?? 0)} article(s) written, ${String(r.reports ?? 0)} report(s).`,
          ),
        );
        await onCommitted();
      } catch (err) {
        commit.disabled = false;
        out.append(h('p', { className: 'error' }, (err as Error).message));
      }
    });
    out.append(commit);
  };

  const form = h(
    'form',
    {},
    h('h3', {}, 'Add an article'),
    h('div', { className: 'row' }, token),
    text,
    h('div', { className: 'row' }, file),
    h('div', { className: 'row' }, previewBtn),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value);
    previewBtn.disabled = true;
    clear(out);
    try {
      renderPreview(await api.ingestPreview(text.value, filename, token.value));
    } catch (err) {
      out.append(
        h('p', { className: 'error', 'data-testid': 'ingest-error' }, (err as Error).message),
      );
    } finally {
      previewBtn.disabled = false;
    }
  });
  el.append(form, out);
}
