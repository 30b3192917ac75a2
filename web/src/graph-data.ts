/**
 * The data graph: a graphology multigraph built from /api/graph, one node
 * per actor and one edge per event (keyed by event id). Node size follows
 * degree, colour follows kind; edge colour follows the interaction type.
 * Display state (hover, filters, selection) never goes in here.
 */
import { MultiDirectedGraph } from 'graphology';
import type { GraphDto } from './api';
import { kindColor, typeColor } from './colors';

export interface NodeAttrs {
  label: string;
  kind: string;
  aliases: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}
export interface EdgeAttrs {
  /** The interaction type (sigma's own `type` attribute names the edge program). */
  interaction: string;
  type: 'arrow' | 'line';
  date: string | null;
  topics: string[];
  size: number;
  color: string;
}
export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

const SYMMETRIC = new Set(['PHONE_CALL', 'MEETING', 'AGREEMENT']);

/** Deterministic pseudo-random position from the id, so a shared view starts the same. */
function seeded(id: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const a = ((h >>> 0) % 10007) / 10007;
  const b = ((Math.imul(h, 2654435761) >>> 0) % 10009) / 10009;
  return [a, b];
}

export function sizeForDegree(degree: number, order: number): number {
  const max = order > 2000 ? 10 : 18;
  return Math.min(max, 3 + 1.6 * Math.sqrt(degree));
}

/** Fills `graph` from the API's answer, keeping positions of actors already placed. */
export function fillGraph(graph: KgGraph, dto: GraphDto): void {
  const old = new Map<string, [number, number]>();
  graph.forEachNode((n, a) => old.set(n, [a.x, a.y]));
  graph.clear();
  const radius = 10 * Math.sqrt(dto.nodes.length + 1);
  for (const n of dto.nodes) {
    const [a, b] = seeded(n.id);
    const angle = a * 2 * Math.PI;
    const r = radius * Math.sqrt(b);
    const [x, y] = old.get(n.id) ?? [r * Math.cos(angle), r * Math.sin(angle)];
    graph.addNode(n.id, {
      label: n.name,
      kind: n.kind,
      aliases: n.aliases,
      x,
      y,
      size: 3,
      color: kindColor(n.kind),
    });
  }
  for (const e of dto.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      interaction: e.type,
      type: SYMMETRIC.has(e.type) ? 'line' : 'arrow',
      date: e.date,
      topics: e.topics,
      size: 1,
      color: typeColor(e.type),
    });
  }
  const order = graph.order;
  graph.updateEachNodeAttributes((n, a) => ({ ...a, size: sizeForDegree(graph.degree(n), order) }));
}

export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
}

/** Topics and month range found in the data, for the filter controls. */
export function facets(graph: KgGraph) {
  const topics = new Map<string, number>();
  let min: string | null = null;
  let max: string | null = null;
  graph.forEachEdge((_e, a) => {
    for (const t of a.topics) topics.set(t, (topics.get(t) ?? 0) + 1);
    if (a.date) {
      const m = a.date.slice(0, 7);
      if (!min || m < min) min = m;
      if (!max || m > max) max = m;
    }
  });
  return {
    topics: [...topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    minMonth: min as string | null,
    maxMonth: max as string | null,
  };
}
