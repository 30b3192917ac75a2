import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleReadError } from '../errors.js';
import { listArticleFiles, MAX_ARTICLE_BYTES, readArticleFile } from './read.js';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'kg-article-'));
}

describe('listArticleFiles', () => {
  it('lists article files recursively, sorted, skipping gold/ and other extensions', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'sub'));
    await mkdir(path.join(dir, 'gold'));
    await writeFile(path.join(dir, 'b.txt'), 'x');
    await writeFile(path.join(dir, 'a.md'), 'x');
    await writeFile(path.join(dir, 'sub', 'c.html'), 'x');
    await writeFile(path.join(dir, 'gold', 'b.json'), '{}');
    await writeFile(path.join(dir, 'notes.json'), '{}');
    const files = await listArticleFiles([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'a.md',
      'b.txt',
      path.join('sub', 'c.html'),
    ]);
  });
});

describe('readArticleFile', () => {
  it('reads and parses a file', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'x.txt');
    await writeFile(f, 'Title line\ndate 2020-02-02\n\nThe envoy spoke.');
    const doc = await readArticleFile(f);
    expect(doc.published).toBe('2020-02-02');
    expect(doc.sentences).toEqual(['The envoy spoke.']);
  });

  it('throws ArticleReadError naming the file for missing, empty and huge files', async () => {
    const dir = await tempDir();
    await expect(readArticleFile(path.join(dir, 'missing.txt'))).rejects.toThrow(ArticleReadError);
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '');
    await expect(readArticleFile(empty)).rejects.toThrow(/empty\.txt/);
    const huge = path.join(dir, 'huge.txt');
    await writeFile(huge, Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    await expect(readArticleFile(huge)).rejects.toThrow(/5 MB/);
  });
});
