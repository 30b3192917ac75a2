/**
 * Time until the page is interactive, measured in Debian's Chromium: from
 * navigation start to `window.__kgReady` (graph fetched, drawn by sigma,
 * search, filters and panels wired; layout then continues in a worker),
 * and to `__kgLayoutDone`. Each run uses a fresh profile (cold cache).
 */
import { openBrowser } from '../../tests/e2e/browser.js';

export interface PageTiming {
  readyMs: number;
  layoutDoneMs: number;
  fetchedMs: number;
  drawnMs: number;
  nodes: number;
  edges: number;
}

export async function measurePage(url: string): Promise<PageTiming> {
  const b = await openBrowser({ width: 1600, height: 1000 });
  try {
    await b.page.goto(url);
    await b.page.waitForFunction(() => window.__kgReady === true || !!window.__kgError, null, {
      timeout: 120_000,
    });
    const err = await b.page.evaluate(() => window.__kgError ?? null);
    if (err) throw new Error(`page failed: ${err}`);
    await b.page.waitForFunction(() => window.__kgLayoutDone === true, null, { timeout: 120_000 });
    const t = await b.page.evaluate(() => {
      const g = window.__kg!.graph as { order: number; size: number };
      return { times: window.__kgTimings ?? {}, nodes: g.order, edges: g.size };
    });
    return {
      readyMs: t.times.readyAt ?? NaN,
      layoutDoneMs: t.times.layoutDoneAt ?? NaN,
      fetchedMs: t.times.fetchedAt ?? NaN,
      drawnMs: t.times.drawnAt ?? NaN,
      nodes: t.nodes,
      edges: t.edges,
    };
  } finally {
    await b.close();
  }
}

export async function medianPage(url: string, runs: number): Promise<PageTiming> {
  const all: PageTiming[] = [];
  for (let i = 0; i < runs; i++) all.push(await measurePage(url));
  all.sort((a, b) => a.readyMs - b.readyMs);
  return all[Math.floor(all.length / 2)]!;
}
