/** Reading gold annotation files (the JSON shape of EXTRACTION.md, one or more articles each). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidInputError } from '../errors.js';
import type { ExtractedArticle, ExtractionOutput } from '../extract/types.js';

export async function loadGold(dir: string): Promise<ExtractedArticle[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new InvalidInputError(`gold directory not readable: ${dir}`);
  }
  const out: ExtractedArticle[] = [];
  for (const f of files) {
    const data = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as
      ExtractionOutput | ExtractedArticle;
    const arts = 'articles' in data ? data.articles : [data];
    for (const a of arts) out.push({ ...a, file: a.file || f });
  }
  return out;
}
