/**
 * The read-only Cypher console: results as a table and as a small graph of
 * the nodes and relationships they hold. Each run kills the previous mini
 * renderer (its cleanup).
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { api, type CypherResult, type PlainNode, type PlainRel } from './api';
import { kindColor, typeColor } from './colors';
import { clear, h } from './dom';

const EXAMPLE = `MATCH (a:Actor)-[r:PHONE_CALL|MEETING]->(b:Actor)
RETURN a.name AS source, type(r) AS type, b.name AS target, r.date AS date
ORDER BY date DESC LIMIT 25`;

function isNode(v: unknown): v is PlainNode {
  return !!v && typeof v === 'object' && Array.isArray((v as PlainNode).labels);
}
function isRel(v: unknown): v is PlainRel {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as PlainRel).type === 'string' &&
    'start' in (v as object)
  );
}

function nodeName(n: PlainNode): string {
  const p = n.properties;
  return String(p.name ?? p.title ?? p.id ?? n.elementId);
}

/** A cell as short text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (isNode(v)) return `(:${v.labels.join(':')} ${nodeName(v)})`;
  if (isRel(v)) return `[:${v.type}]`;
  if (typeof v === 'object' && v && Array.isArray((v as { nodes?: unknown }).nodes)) {
    const p = v as { nodes: PlainNode[] };
    return `path of ${p.nodes.length} nodes: ${p.nodes.map(nodeName).join(' – ')}`;
  }
  if (typeof v === 'string') return v;
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

function renderTable(res: CypherResult): HTMLElement {
  const table = h('table', { className: 'results', 'data-testid': 'cypher-table' });
  table.append(h('thead', {}, h('tr', {}, ...res.columns.map((c) => h('th', {}, c)))));
  const body = h('tbody', {});
  for (const row of res.rows) {
    body.append(
      h(
        'tr',
        { 'data-testid': 'cypher-row' },
        ...res.columns.map((c) => h('td', {}, cellText(row[c]))),
      ),
    );
  }
  table.append(body);
  return table;
}

function mountMiniGraph(container: HTMLElement, res: CypherResult): () => void {
  const g = new MultiDirectedGraph();
  res.graph.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, res.graph.nodes.length);
    g.addNode(n.elementId, {
      label: nodeName(n),
      x: Math.cos(angle),
      y: Math.sin(angle),
      size: 6,
      color: kindColor(String(n.properties.kind ?? '')),
    });
  });
  for (const r of res.graph.relationships) {
    if (g.hasNode(r.start) && g.hasNode(r.end) && !g.hasEdge(r.elementId)) {
      g.addDirectedEdgeWithKey(r.elementId, r.start, r.end, {
        size: 1.5,
        color: typeColor(r.type),
        type: 'arrow',
        label: r.type,
      });
    }
  }
  if (g.order > 1)
    forceAtlas2.assign(g, { iterations: 150, settings: forceAtlas2.inferSettings(g) });
  const renderer = new Sigma(g, container, {
    renderEdgeLabels: true,
    defaultEdgeType: 'arrow',
    stagePadding: 40,
    labelRenderedSizeThreshold: 0,
  });
  // The box was just shown: measure it again once the browser has laid it out.
  const frame = requestAnimationFrame(() => renderer.resize().refresh());
  return () => {
    cancelAnimationFrame(frame);
    renderer.kill();
  };
}

export function mountCypherConsole(el: HTMLElement) {
  const input = h('textarea', {
    rows: 7,
    'data-testid': 'cypher-input',
    spellcheck: 'false',
    'aria-label': 'Cypher query',
  });
  input.value = EXAMPLE;
  const run = h(
    'button',
    { type: 'submit', className: 'primary', 'data-testid': 'cypher-run' },
    'Run (read-only)',
  );
  const out = h('div', { 'data-testid': 'cypher-result' });
  let killMini: (() => void) | null = null;

  const form = h(
    'form',
    {},
    h('h3', {}, 'Cypher (read-only, row cap and time limit)'),
    input,
    h('div', { className: 'row' }, run, h('span', { className: 'muted' }, 'Ctrl+Enter')),
  );
  const execute = async () => {
    killMini?.();
    killMini = null;
    clear(out);
    out.append(h('p', { className: 'muted' }, 'Running…'));
    run.disabled = true;
    try {
      const res = await api.cypher(input.value);
      clear(out);
      out.append(
        h(
          'p',
          { className: 'muted', 'data-testid': 'cypher-summary' },
          `${res.rows.length} row(s)${res.truncated ? ` — truncated at the cap of ${res.rowCap}` : ''}, ${res.ms} ms`,
        ),
      );
      const graphBox = h('div', { className: 'mini-graph', 'data-testid': 'cypher-graph' });
      const tableBox = h('div', {}, renderTable(res));
      const hasGraph = res.graph.nodes.length > 0;
      const tabs = h('div', { className: 'sub-tabs' });
      const tabTable = h('button', { type: 'button', className: 'active' }, 'Table');
      const tabGraph = h(
        'button',
        { type: 'button', disabled: !hasGraph },
        `Graph (${res.graph.nodes.length})`,
      );
      const showGraph = (on: boolean) => {
        graphBox.hidden = !on;
        tableBox.hidden = on;
        tabGraph.classList.toggle('active', on);
        tabTable.classList.toggle('active', !on);
        if (on && !killMini) killMini = mountMiniGraph(graphBox, res);
      };
      tabTable.addEventListener('click', () => showGraph(false));
      tabGraph.addEventListener('click', () => showGraph(true));
      tabs.append(tabTable, tabGraph);
      out.append(tabs, tableBox, graphBox);
      // Graph-shaped results open as a graph; rows of values as a table.
      showGraph(
        hasGraph &&
          res.rows.length > 0 &&
          res.columns.every((c) => res.rows.some((r) => typeof r[c] === 'object')),
      );
    } catch (err) {
      clear(out);
      out.append(
        h('p', { className: 'error', 'data-testid': 'cypher-error' }, (err as Error).message),
      );
    } finally {
      run.disabled = false;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void execute();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void execute();
    }
  });
  el.append(form, out);
  return { cleanup: () => killMini?.() };
}
