/**
 * One load test: autocannon with N concurrent connections cycling through a
 * list of request paths, with exact p50/p95/p99 computed from every
 * response time (autocannon's own summary has no p95).
 */
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  errors: number;
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function loadTest(opts: {
  name: string;
  baseUrl: string;
  paths: string[];
  connections?: number;
  durationSec?: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: opts.baseUrl,
    connections: opts.connections ?? 50,
    duration: opts.durationSec ?? 10,
    timeout: 30,
    headers: opts.headers,
    requests: opts.paths.map((p) => ({ method: 'GET', path: p })),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    times.push(ms);
  });
  const r = await instance;
  times.sort((a, b) => a - b);
  return {
    name: opts.name,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
  };
}

/** The time of one request with nothing else running (cold: before any cache holds it). */
export async function timeOnce(url: string, headers: Record<string, string> = {}) {
  const t = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.arrayBuffer();
  return {
    ms: performance.now() - t,
    status: res.status,
    bytes: body.byteLength,
    etag: res.headers.get('etag'),
  };
}
