/**
 * The read-only Cypher console: a user's query runs in a read transaction
 * (so any write is refused by Neo4j itself), under a time limit, and stops
 * being consumed past the row cap. Results come back as rows and as a graph
 * of the nodes, relationships and paths found anywhere in them.
 */
import neo4j from 'neo4j-driver';
import type { Db, PlainNode, PlainPath, PlainRelationship } from '../../db.js';
import { toPlain } from '../../db.js';

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  rowCap: number;
  graph: { nodes: PlainNode[]; relationships: PlainRelationship[] };
  ms: number;
}

function isNode(v: unknown): v is PlainNode {
  const o = v as PlainNode;
  return !!o && typeof o === 'object' && typeof o.elementId === 'string' && Array.isArray(o.labels);
}
function isRel(v: unknown): v is PlainRelationship {
  const o = v as PlainRelationship;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.elementId === 'string' &&
    typeof o.type === 'string' &&
    typeof o.start === 'string'
  );
}
function isPath(v: unknown): v is PlainPath {
  const o = v as PlainPath;
  return !!o && typeof o === 'object' && Array.isArray(o.nodes) && Array.isArray(o.relationships);
}

/** Collects graph elements from plain row values; relationships need both ends present. */
export function graphOf(rows: Record<string, unknown>[]): CypherResult['graph'] {
  const nodes = new Map<string, PlainNode>();
  const rels = new Map<string, PlainRelationship>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRel(v)) rels.set(v.elementId, v);
    else if (isPath(v)) {
      v.nodes.forEach((n) => nodes.set(n.elementId, n));
      v.relationships.forEach((r) => rels.set(r.elementId, r));
    } else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else Object.values(v).forEach((x) => visit(x, depth + 1));
  };
  rows.forEach((r) => visit(r, 0));
  return {
    nodes: [...nodes.values()],
    relationships: [...rels.values()].filter((r) => nodes.has(r.start) && nodes.has(r.end)),
  };
}

/** JSON numbers are floats to the driver; whole numbers become Cypher integers (LIMIT $n works). */
function toDriverParams(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toDriverParams);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toDriverParams(x)]));
  }
  return v;
}

export function createCypherService(db: Db, opts: { timeoutMs: number; rowCap: number }) {
  return {
    async run(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
      const started = Date.now();
      const text = query.trim().replace(/;\s*$/, '');
      const out = await db.readTx(
        async (tx) => {
          const result = tx.run(text, toDriverParams(params) as Record<string, unknown>);
          const columns = await result.keys();
          const rows: Record<string, unknown>[] = [];
          let truncated = false;
          for await (const record of result) {
            if (rows.length >= opts.rowCap) {
              // Leaving the loop discards the rest of the stream on the server.
              truncated = true;
              break;
            }
            rows.push(toPlain(record.toObject()) as Record<string, unknown>);
          }
          return { columns: [...columns], rows, truncated };
        },
        { timeoutMs: opts.timeoutMs, metadata: { app: 'kg-cypher-console' } },
      );
      return {
        ...out,
        rowCap: opts.rowCap,
        graph: graphOf(out.rows),
        ms: Date.now() - started,
      };
    },
  };
}
export type CypherService = ReturnType<typeof createCypherService>;
