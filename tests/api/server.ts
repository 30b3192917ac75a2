/** Starts an app from `createApp` on a free port for a test, and a fetch helper for JSON. */
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config.js';
import { createApp, type AppDeps } from '../../src/server/app.js';

export const TEST_TOKEN = 'test-ingest-token-0123456789';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    KG_INGEST_TOKEN: TEST_TOKEN,
    KG_QUERY_TIMEOUT_MS: '3000',
    KG_QUERY_ROW_CAP: '1000',
    ...env,
  });
}

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export async function startApp(deps: AppDeps): Promise<RunningApp> {
  const app = createApp(deps);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Response bodies are checked field by field in tests: a loose type keeps them readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface JsonResponse<T = Loose> {
  status: number;
  body: T;
  headers: Headers;
}

export async function getJson<T = Loose>(
  url: string,
  init: RequestInit = {},
): Promise<JsonResponse<T>> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: tests assert on the status and the text.
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export function postJson<T = Loose>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse<T>> {
  return getJson<T>(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
