/** The legend: node colour by actor kind, edge colour by interaction type, size by degree. */
import { KIND_COLORS, TYPE_COLORS, typeLabel } from './colors';
import { clear, h } from './dom';

export function renderLegend(el: HTMLElement, presentTypes: Set<string>): void {
  clear(el);
  el.append(
    h(
      'div',
      {},
      h('h4', {}, 'Actors (size = degree)'),
      h(
        'ul',
        {},
        ...Object.entries(KIND_COLORS).map(([k, c]) =>
          h('li', {}, h('span', { className: 'swatch', style: `background:${c}` }), k),
        ),
      ),
    ),
    h(
      'div',
      {},
      h('h4', {}, 'Interactions'),
      h(
        'ul',
        {},
        ...Object.entries(TYPE_COLORS)
          .filter(([t]) => presentTypes.size === 0 || presentTypes.has(t))
          .map(([t, c]) =>
            h(
              'li',
              {},
              h('span', { className: 'swatch line', style: `background:${c}` }),
              typeLabel(t),
            ),
          ),
      ),
    ),
  );
}
