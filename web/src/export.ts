/**
 * Export of the current view: PNG (sigma's layers composed on a white
 * background right after a synchronous render, so the WebGL buffers still
 * hold the frame) and GEXF (the visible actors and interactions with their
 * positions, colours and data).
 */
import { write as writeGexf } from 'graphology-gexf/browser';
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph-data';
import type { Visibility } from './visibility';

export function viewToPngBlob(renderer: Sigma<NodeAttrs, EdgeAttrs>): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  renderer.refresh();
  const canvases = renderer.getCanvases();
  // Layer order as drawn on screen; the mouse layer holds nothing to export.
  for (const id of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

export function viewToGexf(graph: KgGraph, vis: Visibility): string {
  const g = new MultiDirectedGraph();
  graph.forEachNode((n, a) => {
    if (vis.hiddenNodes.has(n)) return;
    g.addNode(n, {
      label: a.label,
      kind: a.kind,
      aliases: a.aliases.join('; '),
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
    });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (vis.hiddenEdges.has(e) || !g.hasNode(s) || !g.hasNode(t)) return;
    g.addDirectedEdgeWithKey(e, s, t, {
      label: a.interaction,
      interaction: a.interaction,
      date: a.date ?? '',
      topics: a.topics.join('; '),
      color: a.color,
      weight: 1,
    });
  });
  return writeGexf(g, { pretty: true });
}
