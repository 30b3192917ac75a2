/**
 * End to end: builds the web app, loads the seeds through the real loader
 * into the test Neo4j, serves the app on a free port and drives Debian's
 * Chromium through playwright-core. Waits only on readiness signals the app
 * exposes (window.__kgReady, __kgLayoutDone, data-testid, data-loaded).
 * Screenshots go to screenshots/ (git-ignored) and docs/screenshot.png.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db.js';
import { loadArticles } from '../../src/graph/loader.js';
import { applySchema } from '../../src/graph/schema.js';
import { startApp, testConfig, TEST_TOKEN, type RunningApp } from '../api/server.js';
import { testDb } from '../setup/neo4j.js';
import { openBrowser, type Browser } from './browser.js';
import { inkFraction } from './pixels.js';

let db: Db;
let app: RunningApp;
let browser: Browser;
const shot = (name: string) => `screenshots/${name}.png`;

beforeAll(async () => {
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
  db = testDb();
  await applySchema(db);
  const loaded = await loadArticles(db, ['seeds']);
  expect(loaded.failed).toEqual([]);
  app = await startApp({ db, config: testConfig() });
  browser = await openBrowser();
  await mkdir('screenshots', { recursive: true });
  await mkdir('docs', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

async function openApp(hash = ''): Promise<void> {
  const { page } = browser;
  await page.goto(`${app.url}/${hash}`);
  await page.waitForFunction(() => window.__kgReady === true || !!window.__kgError);
  expect(await page.evaluate(() => window.__kgError ?? null)).toBeNull();
  await page.waitForFunction(() => window.__kgLayoutDone === true);
}

async function streamText(stream: NodeJS.ReadableStream, encoding: BufferEncoding = 'utf8') {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString(encoding);
}

async function searchAndOpen(name: string): Promise<void> {
  const { page } = browser;
  await page.fill('[data-testid=search-input]', name);
  const hit = page.locator('[data-testid=suggestion]', { hasText: name }).first();
  await hit.waitFor();
  // The exact name, not a longer one that contains it.
  const exact = page
    .locator('[data-testid=suggestion]')
    .filter({ has: page.getByText(name, { exact: true }) });
  await exact.first().dispatchEvent('mousedown');
  await page.waitForSelector('[data-testid=panel][data-loaded=actor]');
}

describe('web app on the seed graph', () => {
  it('draws the graph: the canvas is not blank', async () => {
    await openApp();
    const { page } = browser;
    const counts = await page.textContent('[data-testid=filter-counts]');
    expect(counts).toMatch(/^\d+ actors, \d+ interactions shown$/);
    const png = await page.locator('[data-testid=graph]').screenshot({ path: shot('e2e-graph') });
    // Nodes, edges and labels cover a visible part of the stage.
    expect(await inkFraction(page, png)).toBeGreaterThan(0.005);
    expect(browser.errors).toEqual([]);
  });

  it('filters by type and exports the view as PNG and GEXF', async () => {
    const { page } = browser;
    const before = await page.textContent('[data-testid=filter-counts]');
    // Untick every type but phone calls.
    const boxes = page.locator('[data-testid=filter-types] input[type=checkbox]');
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if ((await box.getAttribute('value')) !== 'PHONE_CALL') await box.uncheck();
    }
    const after = await page.textContent('[data-testid=filter-counts]');
    expect(after).not.toBe(before);
    expect(decodeURIComponent(page.url())).toContain('types=PHONE_CALL');
    const [gexf] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-gexf]'),
    ]);
    const xml = await streamText(await gexf.createReadStream());
    expect(xml).toContain('<gexf');
    const edges = (xml.match(/<edge /g) ?? []).length;
    expect(edges).toBe(Number(/(\d+) interactions/.exec(after ?? '')?.[1]));
    expect(xml).not.toMatch(/label="(STATEMENT|APPEAL)"/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-png]'),
    ]);
    const bytes = Buffer.from(await streamText(await png.createReadStream(), 'latin1'), 'latin1');
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await inkFraction(page, bytes)).toBeGreaterThan(0.002);
    await page.click('text=Reset filters');
  });

  it('search "Wang Yi" opens his panel with evidence sentences linked to articles', async () => {
    const { page } = browser;
    await searchAndOpen('Wang Yi');
    expect(await page.textContent('[data-testid=panel-title]')).toBe('Wang Yi');
    const evidence = page.locator('[data-testid=panel] [data-testid=evidence]');
    expect(await evidence.count()).toBeGreaterThan(2);
    expect((await evidence.allTextContents()).join('\n')).toMatch(/Eli Cohen|al-Maliki|Wang/);
    const links = page.locator('[data-testid=panel] [data-testid=article-link]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('href')).toMatch(/^https?:\/\//);
    // The view is in the URL: a shared link opens the same panel.
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('actor=person:wang-yi');
    await page.screenshot({ path: shot('e2e-actor-panel') });
    await copyFile(shot('e2e-actor-panel'), 'docs/screenshot.png');
    const shared = page.url();
    await openApp(new URL(shared).hash);
    await page.waitForSelector('[data-testid=panel][data-loaded=actor]');
    expect(await page.textContent('[data-testid=panel-title]')).toBe('Wang Yi');
  });

  it('answers "who spoke to whom about peace conference" with Wang Yi–Riyad al-Maliki and its evidence', async () => {
    const { page } = browser;
    await page.click('[data-testid=tab-ask]');
    await page.fill('[data-testid=who-topic]', 'peace conference');
    await page.click('[data-testid=ask-who]');
    await page.waitForSelector(
      '[data-testid=answer], [data-testid=no-answer], [data-testid=answer-error]',
    );
    const hops = await page.locator('[data-testid=answers] [data-testid=hop]').evaluateAll((els) =>
      els.map((el) => ({
        names: [...el.querySelectorAll('.actor-link')].map((a) => a.textContent).sort(),
        evidence: [...el.querySelectorAll('[data-testid=answer-evidence]')].map(
          (e) => e.textContent,
        ),
      })),
    );
    const pair = (a: string, b: string) => (x: { names: (string | null)[] }) =>
      x.names.join('|') === [a, b].sort().join('|');
    const maliki = hops.find(pair('Wang Yi', 'Riyad al-Maliki'));
    expect(maliki, JSON.stringify(hops)).toBeDefined();
    expect(maliki!.evidence.join(' ')).toMatch(/peace conference|al-Maliki/);
    expect(hops.find(pair('Wang Yi', 'Eli Cohen'))).toBeUndefined();
    // The answer is highlighted on the graph.
    const highlighted = await page.evaluate(() => {
      const s = (
        window.__kg!.store as { get(): { highlight: { nodes: Set<string> } | null } }
      ).get();
      return s.highlight ? [...s.highlight.nodes] : [];
    });
    expect(highlighted).toEqual(
      expect.arrayContaining(['person:wang-yi', 'person:riyad-al-maliki']),
    );
    await page.screenshot({ path: shot('e2e-path-answer') });
  });

  it('runs a Cypher query and shows rows; a write is refused', async () => {
    const { page } = browser;
    await page.click('[data-testid=tab-cypher]');
    await page.fill(
      '[data-testid=cypher-input]',
      'MATCH (a:Actor) RETURN a.name AS name, a.kind AS kind ORDER BY name LIMIT 5',
    );
    await page.click('[data-testid=cypher-run]');
    await page.waitForSelector('[data-testid=cypher-row]');
    expect(await page.locator('[data-testid=cypher-row]').count()).toBe(5);
    expect(await page.locator('[data-testid=cypher-table] th').allTextContents()).toEqual([
      'name',
      'kind',
    ]);
    await page.screenshot({ path: shot('e2e-cypher') });
    await page.fill('[data-testid=cypher-input]', "CREATE (:Actor {id: 'e2e-evil'})");
    await page.click('[data-testid=cypher-run]');
    await page.waitForSelector('[data-testid=cypher-error]');
    expect(await page.textContent('[data-testid=cypher-error]')).toMatch(/read/i);
  });

  it('shows an article whose title holds <script> as text, in the preview and in the panel', async () => {
    const { page } = browser;
    // No underscores: Markdown emphasis markers are stripped from titles by the article reader.
    const title =
      '<script>window.pwned = true</script><img src=x onerror="window.pwned = true"> Wang Yi holds talks with Sameh Shoukry';
    await page.click('[data-testid=tab-ingest]');
    await page.fill('[data-testid=ingest-token]', TEST_TOKEN);
    await page.fill(
      '[data-testid=ingest-text]',
      `# ${title}\n**2023-10-30**\n\nChinese Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry in Beijing on Monday, calling for a ceasefire.\n`,
    );
    await page.click('[data-testid=ingest-preview]');
    await page.waitForSelector('[data-testid=preview-title]');
    expect(await page.textContent('[data-testid=preview-title]')).toBe(title);
    await page.click('[data-testid=ingest-commit]');
    await page.waitForSelector('[data-testid=ingest-done]');
    await searchAndOpen('Wang Yi');
    const link = page.locator('[data-testid=panel] .source-link', { hasText: '<script>' }).first();
    await link.waitFor();
    expect(await link.textContent()).toBe(title);
    expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned ?? null)).toBeNull();
    expect(await page.locator('[data-testid=panel] script, [data-testid=panel] img').count()).toBe(
      0,
    );
    await page.screenshot({ path: shot('e2e-script-title') });
  });
});
