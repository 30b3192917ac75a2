/**
 * What the filters leave visible, computed once per filter change (one pass
 * over the edges) so that reducers only look up sets while rendering.
 */
import type { KgGraph } from './graph-data';
import type { Filters } from './state';

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  visibleNodeCount: number;
  visibleEdgeCount: number;
}

export function edgeFilterActive(f: Filters): boolean {
  return f.types.size > 0 || f.topics.size > 0 || f.from !== null || f.to !== null;
}

export function computeVisibility(graph: KgGraph, f: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  if (f.kinds.size > 0) {
    graph.forEachNode((n, a) => {
      if (!f.kinds.has(a.kind)) hiddenNodes.add(n);
    });
  }
  const withEdge = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    const month = a.date ? a.date.slice(0, 7) : null;
    const ok =
      !hiddenNodes.has(s) &&
      !hiddenNodes.has(t) &&
      (f.types.size === 0 || f.types.has(a.interaction)) &&
      (f.topics.size === 0 || a.topics.some((x) => f.topics.has(x))) &&
      (f.from === null || (month !== null && month >= f.from)) &&
      (f.to === null || (month !== null && month <= f.to));
    if (ok) {
      withEdge.add(s);
      withEdge.add(t);
    } else hiddenEdges.add(e);
  });
  // Edge filters also hide actors left without any visible interaction.
  if (edgeFilterActive(f)) {
    graph.forEachNode((n) => {
      if (!withEdge.has(n)) hiddenNodes.add(n);
    });
  }
  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodeCount: graph.order - hiddenNodes.size,
    visibleEdgeCount: graph.size - hiddenEdges.size,
  };
}
