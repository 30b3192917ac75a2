/**
 * The web app: loads the graph, draws it with sigma, lays it out in a
 * worker, and wires search, the side panel, filters, path questions, the
 * Cypher console, ingest, export and the shareable URL. Signals readiness
 * to tests and benchmarks through `window.__kgReady` (drawn, interactive)
 * and `window.__kgLayoutDone` (positions final).
 */
import { api } from './api';
import { attachAutocomplete } from './autocomplete';
import { mountCypherConsole } from './cypher-console';
import { byId, download } from './dom';
import { viewToGexf, viewToPngBlob } from './export';
import { mountFilters } from './filters';
import { createGraph, facets, fillGraph } from './graph-data';
import { mountIngest } from './ingest';
import { runLayout } from './layout';
import { renderLegend } from './legend';
import { createPanel } from './panel';
import { mountPaths } from './paths';
import { focusNode, mountRenderer } from './renderer';
import { createStore } from './state';
import { parseUrlState, writeUrlState, type UrlState } from './url-state';

declare global {
  interface Window {
    __kgReady?: boolean;
    __kgLayoutDone?: boolean;
    /** Milliseconds since navigation start: fetchedAt, drawnAt, readyAt, layoutDoneAt. */
    __kgTimings?: Record<string, number>;
    __kgError?: string;
    /** For debugging in the console and for tests: the data graph, renderer and display state. */
    __kg?: { graph: unknown; renderer: unknown; store: unknown };
  }
}

const status = byId('status');
const setStatus = (text: string) => (status.textContent = text);

async function start(): Promise<void> {
  const initial = parseUrlState();
  const store = createStore({ filters: initial.filters });
  const graph = createGraph();
  let url: UrlState = initial;
  const saveUrl = (patch: Partial<UrlState>) => {
    url = { ...url, ...patch, filters: store.get().filters };
    writeUrlState(url);
  };

  setStatus('Loading graph…');
  const dto = await api.graph();
  const tFetched = performance.now();
  fillGraph(graph, dto);

  const panel = createPanel(byId('panel'), {
    selectActor: (id) => selectNode(id),
    selectEvent: (id) => selectEdge(id),
    close: () => selectNode(null),
  });

  function selectNode(id: string | null, center = false): void {
    store.set({ selectedNode: id, selectedEdge: null });
    saveUrl({ actor: id, event: null });
    if (!id) {
      panel.hide();
      return;
    }
    void panel.showActor(id);
    if (center && graph.hasNode(id)) focusNode(mounted.renderer, id);
  }
  function selectEdge(id: string): void {
    store.set({ selectedEdge: id, selectedNode: null });
    saveUrl({ actor: null, event: id });
    void panel.showEvent(id);
  }

  const mounted = mountRenderer(byId('graph'), graph, store, {
    selectNode: (id) => selectNode(id),
    selectEdge,
  });
  const tDrawn = performance.now();

  // Sidebar.
  const filters = mountFilters(byId('tab-filters'), graph, store);
  const updateCounts = () => {
    const v = mounted.visibility();
    filters.showCounts(v.visibleNodeCount, v.visibleEdgeCount);
  };
  const presentTypes = () => {
    const s = new Set<string>();
    graph.forEachEdge((_e, a) => s.add(a.interaction));
    return s;
  };
  filters.render();
  updateCounts();
  renderLegend(byId('legend'), presentTypes());
  store.subscribe((_s, changed) => {
    if (changed.has('filters')) {
      updateCounts();
      saveUrl({});
    }
  });

  const paths = mountPaths(
    byId('tab-ask'),
    {
      highlight: (hl) => store.set({ highlight: hl }),
      selectActor: (id) => selectNode(id, true),
      remember: (ask) => saveUrl({ ask }),
    },
    () => facets(graph).topics.map(([t]) => t),
  );
  paths.refreshTopics();
  mountCypherConsole(byId('tab-cypher'));

  let stopLayout = () => undefined as void;
  const layout = () => {
    stopLayout();
    window.__kgLayoutDone = false;
    store.set({ layoutRunning: true });
    stopLayout = runLayout(graph, () => {
      store.set({ layoutRunning: false });
      window.__kgLayoutDone = true;
      window.__kgTimings = { ...window.__kgTimings, layoutDoneAt: performance.now() };
    });
  };
  mountIngest(byId('tab-ingest'), async () => {
    fillGraph(graph, await api.graph());
    mounted.recompute();
    filters.render();
    updateCounts();
    renderLegend(byId('legend'), presentTypes());
    paths.refreshTopics();
    layout();
  });

  // Tabs.
  const tabs = document.querySelectorAll<HTMLButtonElement>('.tabs button');
  const openTab = (name: string) => {
    tabs.forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
    for (const id of ['filters', 'ask', 'cypher', 'ingest']) byId(`tab-${id}`).hidden = id !== name;
    saveUrl({ tab: name });
  };
  tabs.forEach((b) => b.addEventListener('click', () => openTab(b.dataset.tab!)));
  if (initial.tab) openTab(initial.tab);

  // Search.
  attachAutocomplete(
    byId<HTMLInputElement>('search-input'),
    byId<HTMLUListElement>('search-list'),
    (hit) => selectNode(hit.id, true),
  );

  // Export and sharing.
  byId('export-png').addEventListener('click', async () =>
    download('diplomacy-graph.png', await viewToPngBlob(mounted.renderer)),
  );
  byId('export-gexf').addEventListener('click', () =>
    download(
      'diplomacy-graph.gexf',
      new Blob([viewToGexf(graph, mounted.visibility())], { type: 'application/xml' }),
    ),
  );
  byId('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus('Link to this view copied');
    } catch {
      setStatus('Copy the address bar: it holds this view');
    }
  });

  // Restore the shared view.
  if (initial.actor) selectNode(initial.actor);
  else if (initial.event) selectEdge(initial.event);
  if (initial.ask) paths.replay(initial.ask);

  setStatus(
    `${graph.order.toLocaleString('en')} actors · ${graph.size.toLocaleString('en')} interactions${dto.truncated ? ' (most recent only)' : ''}`,
  );
  window.__kgTimings = { fetchedAt: tFetched, drawnAt: tDrawn, readyAt: performance.now() };
  window.__kg = { graph, renderer: mounted.renderer, store };
  window.__kgReady = true;
  layout();
  window.addEventListener('beforeunload', () => {
    stopLayout();
    mounted.cleanup();
  });
}

start().catch((err: unknown) => {
  const msg = err instanceof Error ? err.message : String(err);
  window.__kgError = msg;
  setStatus(`Error: ${msg}`);
});
