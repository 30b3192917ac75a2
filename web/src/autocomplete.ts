/**
 * Autocomplete on an input, backed by /api/search (full-text on names and
 * aliases): debounced, keyboard navigable (↑ ↓ Enter Esc), stale answers
 * dropped. Returns its cleanup.
 */
import { api, type SearchHit } from './api';
import { kindColor } from './colors';
import { clear, h } from './dom';

export function attachAutocomplete(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
): () => void {
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    close();
    onPick(hit);
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const li = h(
        'li',
        {
          role: 'option',
          'aria-selected': String(i === active),
          'data-testid': 'suggestion',
          'data-id': hit.id,
        },
        h('span', { className: 'swatch', style: `background:${kindColor(hit.kind)}` }),
        h('span', {}, hit.name),
        h('span', { className: 'meta' }, `${hit.kind} · ${hit.events} events`),
      );
      // mousedown, not click: the input's blur would close the list first.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(hit);
      });
      list.append(li);
    });
    if (hits.length === 0 && input.value.trim())
      list.append(h('li', { className: 'muted' }, 'No actor found'));
    list.hidden = false;
  };
  const query = async () => {
    const q = input.value.trim();
    if (!q) {
      hits = [];
      close();
      return;
    }
    const mine = ++seq;
    try {
      const res = await api.search(q, 10);
      if (mine !== seq) return;
      hits = res.hits;
      active = hits.length ? 0 : -1;
      render();
    } catch {
      if (mine === seq) close();
    }
  };

  const onInput = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void query(), 120);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit && !list.hidden) pick(hit);
      else void query();
    } else if (e.key === 'Escape') close();
  };
  const onBlur = () => setTimeout(close, 150);
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  return () => {
    clearTimeout(timer);
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', onBlur);
  };
}
