/**
 * The sigma renderer of the data graph. Hover, selection, filters and path
 * highlights are applied through nodeReducer/edgeReducer from the display
 * state, never written into the graph; a state change only refreshes.
 * Returns its cleanup (kills the renderer, drops the subscriptions).
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { MUTED, MUTED_EDGE } from './colors';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph-data';
import type { Store } from './state';
import { computeVisibility, type Visibility } from './visibility';

export interface MountedRenderer {
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  visibility: () => Visibility;
  /** Recomputes what the filters hide (after the graph's data changed). */
  recompute(): void;
  cleanup(): void;
}

export function mountRenderer(
  container: HTMLElement,
  graph: KgGraph,
  store: Store,
  on: { selectNode(id: string | null): void; selectEdge(id: string): void },
): MountedRenderer {
  let vis = computeVisibility(graph, store.get().filters);
  let focusNeighbours = new Set<string>();

  const focusOf = () => {
    const s = store.get();
    return s.hovered ?? s.selectedNode;
  };
  const updateNeighbours = () => {
    const f = focusOf();
    focusNeighbours = f && graph.hasNode(f) ? new Set(graph.neighbors(f)) : new Set();
  };

  const large = graph.order > 3000;
  // Drawing tens of thousands of edges on every layout step would keep the page busy.
  const hideEdgesWhileLayout = () => graph.size > 20_000;
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    labelRenderedSizeThreshold: large ? 9 : 6,
    labelDensity: large ? 0.5 : 1,
    hideEdgesOnMove: large,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    nodeReducer(node, data) {
      const s = store.get();
      const res: Partial<NodeDisplayData> = { ...data };
      if (vis.hiddenNodes.has(node) && node !== s.selectedNode) {
        res.hidden = true;
        return res;
      }
      const focus = focusOf();
      if (s.highlight) {
        if (s.highlight.nodes.has(node)) {
          res.forceLabel = true;
          res.zIndex = 2;
        } else {
          res.color = MUTED;
          res.label = '';
          res.zIndex = 0;
        }
      } else if (focus) {
        if (node === focus || focusNeighbours.has(node)) {
          res.forceLabel = true;
          res.zIndex = 2;
        } else {
          res.color = MUTED;
          res.label = '';
          res.zIndex = 0;
        }
      }
      if (node === s.selectedNode) {
        res.highlighted = true;
        res.zIndex = 3;
      }
      return res;
    },
    edgeReducer(edge, data) {
      const s = store.get();
      const res: Partial<EdgeDisplayData> = { ...data };
      if (vis.hiddenEdges.has(edge) || (s.layoutRunning && hideEdgesWhileLayout())) {
        res.hidden = true;
        return res;
      }
      const focus = focusOf();
      if (s.highlight) {
        if (s.highlight.edges.has(edge)) {
          res.size = 3;
          res.zIndex = 2;
        } else {
          res.color = MUTED_EDGE;
          res.zIndex = 0;
        }
      } else if (focus && !graph.hasExtremity(edge, focus)) {
        res.hidden = true;
      } else if (focus) {
        res.size = 2;
      }
      if (edge === s.selectedEdge) {
        res.size = 4;
        res.zIndex = 3;
      }
      return res;
    },
  });

  renderer.on('enterNode', ({ node }) => store.set({ hovered: node }));
  renderer.on('leaveNode', () => store.set({ hovered: null }));
  renderer.on('clickNode', ({ node }) => on.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => on.selectEdge(edge));
  renderer.on('clickStage', () => on.selectNode(null));
  renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (container.style.cursor = ''));

  const unsubscribe = store.subscribe((_s, changed) => {
    if (changed.has('filters')) vis = computeVisibility(graph, store.get().filters);
    if (changed.has('hovered') || changed.has('selectedNode')) updateNeighbours();
    renderer.refresh({ skipIndexation: true });
  });

  return {
    renderer,
    visibility: () => vis,
    recompute() {
      vis = computeVisibility(graph, store.get().filters);
      updateNeighbours();
      renderer.refresh();
    },
    cleanup() {
      unsubscribe();
      renderer.kill();
    },
  };
}

/** Centres the camera on a node (animated), zooming in more on larger graphs. */
export function focusNode(renderer: Sigma<NodeAttrs, EdgeAttrs>, node: string): void {
  const d = renderer.getNodeDisplayData(node);
  if (!d) return;
  const order = renderer.getGraph().order;
  const ratio = order < 100 ? 0.75 : order < 1000 ? 0.4 : 0.15;
  void renderer.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 400 });
}
