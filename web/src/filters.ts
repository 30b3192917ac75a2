/**
 * Filter controls: interaction types, actor kinds, topics and a month-range
 * slider. They write `filters` in the display state; the renderer hides
 * what does not pass (through its reducers).
 */
import { KINDS, TYPES, kindColor, typeColor, typeLabel } from './colors';
import { clear, h } from './dom';
import { facets, type KgGraph } from './graph-data';
import { emptyFilters, type Filters, type Store } from './state';

/** Months from `min` to `max` inclusive, 'YYYY-MM'. */
export function monthsBetween(min: string, max: string): string[] {
  const out: string[] = [];
  let [y, m] = min.split('-').map(Number) as [number, number];
  const [ey, em] = max.split('-').map(Number) as [number, number];
  while ((y < ey || (y === ey && m <= em)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function checkList(
  items: { value: string; label: string; color?: string; count?: number }[],
  selected: Set<string>,
  testid: string,
  onChange: (values: Set<string>) => void,
): HTMLElement {
  const box = h('div', { className: 'checks', 'data-testid': testid });
  const inputs: HTMLInputElement[] = [];
  for (const it of items) {
    const input = h('input', { type: 'checkbox', value: it.value });
    input.checked = selected.size === 0 || selected.has(it.value);
    inputs.push(input);
    box.append(
      h(
        'label',
        {},
        input,
        it.color ? h('span', { className: 'swatch', style: `background:${it.color}` }) : null,
        it.label,
        it.count !== undefined ? h('span', { className: 'muted' }, ` (${it.count})`) : null,
      ),
    );
  }
  box.addEventListener('change', () => {
    const on = inputs.filter((i) => i.checked).map((i) => i.value);
    // All checked means no filter at all (also keeps types added later visible).
    onChange(on.length === inputs.length ? new Set() : new Set(on));
  });
  return box;
}

export function mountFilters(el: HTMLElement, graph: KgGraph, store: Store) {
  const setFilters = (patch: Partial<Filters>) =>
    store.set({ filters: { ...store.get().filters, ...patch } });
  const counts = h('p', { className: 'muted', 'data-testid': 'filter-counts' });

  function render(): void {
    clear(el);
    const f = store.get().filters;
    const fc = facets(graph);
    const presentTypes = new Set<string>();
    graph.forEachEdge((_e, a) => presentTypes.add(a.interaction));

    el.append(counts, h('h3', {}, 'Interaction types'));
    el.append(
      checkList(
        TYPES.filter((t) => presentTypes.has(t) || f.types.has(t)).map((t) => ({
          value: t,
          label: typeLabel(t),
          color: typeColor(t),
        })),
        f.types,
        'filter-types',
        (types) => setFilters({ types }),
      ),
    );
    el.append(h('h3', {}, 'Actor kinds'));
    el.append(
      checkList(
        KINDS.map((k) => ({ value: k, label: k, color: kindColor(k) })),
        f.kinds,
        'filter-kinds',
        (kinds) => setFilters({ kinds }),
      ),
    );

    el.append(h('h3', {}, 'Dates'));
    if (fc.minMonth && fc.maxMonth && fc.minMonth === fc.maxMonth) {
      el.append(h('p', { className: 'muted' }, `All dated interactions fall in ${fc.minMonth}.`));
    } else if (fc.minMonth && fc.maxMonth) {
      const months = monthsBetween(fc.minMonth, fc.maxMonth);
      const last = months.length - 1;
      const idx = (m: string | null, dflt: number) => {
        const i = m ? months.indexOf(m) : -1;
        return i >= 0 ? i : dflt;
      };
      const from = h('input', {
        type: 'range',
        min: 0,
        max: last,
        step: 1,
        'data-testid': 'date-from',
        'aria-label': 'From month',
      });
      const to = h('input', {
        type: 'range',
        min: 0,
        max: last,
        step: 1,
        'data-testid': 'date-to',
        'aria-label': 'To month',
      });
      from.value = String(idx(f.from, 0));
      to.value = String(idx(f.to, last));
      const label = h('div', { className: 'range-labels' });
      const showLabel = () => {
        clear(label);
        label.append(
          h('span', {}, months[Number(from.value)]!),
          h('span', {}, months[Number(to.value)]!),
        );
      };
      const apply = () => {
        let a = Number(from.value);
        let b = Number(to.value);
        if (a > b) [a, b] = [b, a];
        // The full range means no date filter (undated interactions stay visible).
        setFilters({
          from: a === 0 && b === last ? null : months[a]!,
          to: a === 0 && b === last ? null : months[b]!,
        });
      };
      for (const r of [from, to]) {
        r.addEventListener('input', () => {
          showLabel();
          apply();
        });
      }
      showLabel();
      el.append(h('div', { className: 'range' }, from, to, label));
    } else {
      el.append(h('p', { className: 'muted' }, 'No dated interactions.'));
    }

    el.append(h('h3', {}, 'Topics'));
    if (fc.topics.length === 0) el.append(h('p', { className: 'muted' }, 'No topics.'));
    else {
      const topicBox = h('div', { className: 'checks', 'data-testid': 'filter-topics' });
      for (const [t, n] of fc.topics.slice(0, 40)) {
        const input = h('input', { type: 'checkbox', value: t });
        input.checked = f.topics.has(t);
        input.addEventListener('change', () => {
          const next = new Set(store.get().filters.topics);
          if (input.checked) next.add(t);
          else next.delete(t);
          setFilters({ topics: next });
        });
        topicBox.append(h('label', {}, input, t, h('span', { className: 'muted' }, ` (${n})`)));
      }
      el.append(h('p', { className: 'muted' }, 'None ticked: all topics.'), topicBox);
    }
    el.append(
      h(
        'p',
        {},
        h(
          'button',
          { type: 'button', onclick: () => (store.set({ filters: emptyFilters() }), render()) },
          'Reset filters',
        ),
      ),
    );
  }

  return {
    render,
    showCounts(nodes: number, edges: number) {
      counts.textContent = `${nodes.toLocaleString('en')} actors, ${edges.toLocaleString('en')} interactions shown`;
    },
  };
}
