/**
 * Accuracy floors: extraction + scoring over the seeds and the project's own
 * development set (tests/devset). Fails when F1 drops below the floors,
 * which are set a little under what the extractor reaches.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles, readArticleFile } from '../src/article/index.js';
import { loadGold, scoreAll } from '../src/eval/index.js';
import { extractArticle, loadKnowledgeBase, type ExtractedArticle } from '../src/extract/index.js';

const root = path.resolve(import.meta.dirname, '..');

async function extractDir(dir: string): Promise<ExtractedArticle[]> {
  const kb = loadKnowledgeBase();
  const files = await listArticleFiles([dir]);
  return Promise.all(files.map(async (f) => extractArticle(await readArticleFile(f), kb)));
}

const FLOORS = {
  seeds: { actors: 0.95, interactions: 0.87 },
  devset: { actors: 0.95, interactions: 0.86 },
};

describe('extraction accuracy', () => {
  it('stays above the floors on the seeds', async () => {
    const report = scoreAll(
      await extractDir(path.join(root, 'seeds')),
      await loadGold(path.join(root, 'seeds/gold')),
    );
    expect(report.articles).toBe(5);
    expect(report.actors.f1).toBeGreaterThanOrEqual(FLOORS.seeds.actors);
    expect(report.interactions.f1).toBeGreaterThanOrEqual(FLOORS.seeds.interactions);
  });

  it('stays above the floors on tests/devset', async () => {
    const report = scoreAll(
      await extractDir(path.join(root, 'tests/devset/articles')),
      await loadGold(path.join(root, 'tests/devset/gold')),
    );
    expect(report.articles).toBeGreaterThanOrEqual(15);
    expect(report.actors.f1).toBeGreaterThanOrEqual(FLOORS.devset.actors);
    expect(report.interactions.f1).toBeGreaterThanOrEqual(FLOORS.devset.interactions);
    // Every interaction type is exercised by the devset gold.
    const gold = await loadGold(path.join(root, 'tests/devset/gold'));
    const types = new Set(gold.flatMap((a) => a.interactions.map((i) => i.type)));
    expect(types.size).toBe(12);
  });
});
