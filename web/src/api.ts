/** Typed client for the JSON API; failures become ApiError with the server's message. */
export interface ActorRef {
  id: string;
  name: string;
  kind: string;
}
// The graph's shapes are the server's own (a type-only import: nothing of the server is bundled).
import type {
  GraphNode as GraphNodeDto,
  GraphEdge as GraphEdgeDto,
} from '../../src/server/repositories/graph-repository.js';
export type { GraphNodeDto, GraphEdgeDto };
export interface GraphDto {
  nodes: GraphNodeDto[];
  edges: GraphEdgeDto[];
  truncated: boolean;
}
export interface SearchHit extends GraphNodeDto {
  score: number;
  events: number;
}
export interface ArticleRef {
  id?: string;
  title: string | null;
  url: string | null;
  file: string | null;
  published?: string | null;
}
export interface ReportDto {
  id: string;
  evidence: string;
  date?: string | null;
  article: ArticleRef | null;
}
export interface EventDto {
  id: string;
  type: string;
  date: string | null;
  topics: string[];
  modality?: string | null;
  confidence?: number | null;
  source: ActorRef | null;
  target: ActorRef | null;
  reports: ReportDto[];
}
export interface ActorDetail {
  actor: GraphNodeDto;
  roles: { title: string | null; from: string | null; to: string | null; at: ActorRef }[];
  eventCount: number;
  events: EventDto[];
}
export interface EventDetail {
  event: Omit<EventDto, 'source' | 'target' | 'reports'>;
  source: ActorRef | null;
  target: ActorRef | null;
  reports: ReportDto[];
}
export interface HopDto {
  from: { id: string | null; name: string; kind: string | null };
  to: { id: string | null; name: string; kind: string | null } | null;
  type: string;
  date: string | null;
  eventId: string | null;
  topics: string[];
  title: string | null;
  evidence: { sentence: string; title: string | null; url: string | null; file: string | null }[];
}
export interface PathAnswers {
  answers: { length: number; hops: HopDto[] }[];
  /** Who-spoke answers come a page at a time. */
  total?: number;
  truncated?: boolean;
}
export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRel {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  rowCap: number;
  ms: number;
  graph: { nodes: PlainNode[]; relationships: PlainRel[] };
}
export interface IngestPreview {
  previewId: string;
  article: {
    title: string | null;
    published: string | null;
    url: string | null;
    actors: { name: string; kind: string; aliases: string[] }[];
    interactions: {
      type: string;
      source: string;
      target: string | null;
      date: string | null;
      topics: string[];
      evidence: string;
    }[];
  };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError('The server cannot be reached', 0);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Non-JSON answer (proxy error page): report the status.
  }
  if (!res.ok) {
    const msg = (body as { error?: { message?: string } })?.error?.message ?? `HTTP ${res.status}`;
    throw new ApiError(msg, res.status);
  }
  return body as T;
}

const qs = (params: Record<string, string | string[] | undefined | null>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    u.set(k, Array.isArray(v) ? v.join(',') : v);
  }
  return u.toString();
};

const post = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body: JSON.stringify(body),
});

export const api = {
  graph: () => call<GraphDto>('/api/graph'),
  search: (q: string, limit = 10) =>
    call<{ hits: SearchHit[] }>(`/api/search?${qs({ q, limit: String(limit) })}`),
  actor: (id: string) => call<ActorDetail>(`/api/actors/${encodeURIComponent(id)}`),
  event: (id: string) => call<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  whoSpoke: (topic: string, from?: string, to?: string) =>
    call<PathAnswers>(`/api/paths/who-spoke-to-whom?${qs({ topic, from, to })}`),
  shortest: (source: string, target: string, types: string[]) =>
    call<PathAnswers>(`/api/paths/shortest?${qs({ source, target, types })}`),
  timeRespecting: (source: string, target: string, topic: string) =>
    call<PathAnswers>(`/api/paths/time-respecting?${qs({ source, target, topic })}`),
  cypher: (query: string) => call<CypherResult>('/api/cypher', post({ query })),
  ingestPreview: (text: string, filename: string | undefined, token: string) =>
    call<IngestPreview>('/api/ingest/preview', post({ text, filename }, token)),
  ingestCommit: (previewId: string, token: string) =>
    call<Record<string, unknown>>('/api/ingest/commit', post({ previewId }, token)),
};
