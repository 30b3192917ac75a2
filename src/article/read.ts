/**
 * File access for articles: listing article files under paths, and reading
 * one file with size, emptiness, binary and UTF-8 checks.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleReadError } from '../errors.js';
import { parseArticle, type ArticleDoc } from './parse.js';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXT = /\.(txt|md|markdown|html?)$/i;

export async function readArticleFile(file: string): Promise<ArticleDoc> {
  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new ArticleReadError(`${file}: not a regular file`, file);
    size = st.size;
  } catch (err) {
    if (err instanceof ArticleReadError) throw err;
    throw new ArticleReadError(`${file}: cannot read (${(err as Error).message})`, file);
  }
  if (size > MAX_ARTICLE_BYTES) throw new ArticleReadError(`${file}: larger than 5 MB`, file);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    throw new ArticleReadError(`${file}: cannot read (${(err as Error).message})`, file);
  }
  return parseArticle(buf, file);
}

/** Article files under the given files or folders (recursive, sorted, gold/ skipped). */
export async function listArticleFiles(pathsOrDirs: string[]): Promise<string[]> {
  const out = new Set<string>();
  async function walk(p: string, explicit: boolean): Promise<void> {
    let st;
    try {
      st = await stat(p);
    } catch {
      if (explicit) out.add(p); // reported as unreadable by the reader
      return;
    }
    if (st.isDirectory()) {
      if (!explicit && path.basename(p) === 'gold') return;
      const entries = await readdir(p);
      for (const e of entries.sort()) {
        if (e.startsWith('.')) continue;
        await walk(path.join(p, e), false);
      }
    } else if (explicit || ARTICLE_EXT.test(p)) {
      out.add(p);
    }
  }
  for (const p of pathsOrDirs) await walk(p, true);
  return [...out].sort();
}
