/**
 * Loads Cypher from cypher/: the schema files (applied in name order by
 * applySchema) and the named query library (cypher/queries/<name>.cypher),
 * used as-is so that what runs is exactly what users paste into Neo4j Browser.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotFoundError } from '../errors.js';

export const CYPHER_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../cypher',
);
const QUERIES_DIR = path.join(CYPHER_DIR, 'queries');
const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');

export interface NamedQuery {
  name: string;
  /** The leading comment block, without the comment markers. */
  description: string;
  /** Parameter names documented with `// @param name: text` lines (or found as $name). */
  params: { name: string; doc: string }[];
  cypher: string;
}

/** Splits a file into statements on `;` at the end of a line, dropping comment-only parts. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}

export function parseNamedQuery(name: string, text: string): NamedQuery {
  const lines = text.split('\n');
  const header: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (!t.startsWith('//')) break;
    header.push(t.replace(/^\/\/\s?/, ''));
  }
  const params = new Map<string, string>();
  for (const h of header) {
    const m = /^@param\s+\$?(\w+)\s*:?\s*(.*)$/.exec(h);
    if (m) params.set(m[1]!, m[2]!.trim());
  }
  const cypher = lines.slice(header.length).join('\n').trim().replace(/;\s*$/, '');
  for (const m of cypher.matchAll(/\$(\w+)/g)) if (!params.has(m[1]!)) params.set(m[1]!, '');
  return {
    name,
    description: header
      .filter((h) => !h.startsWith('@param'))
      .join('\n')
      .trim(),
    params: [...params].map(([n, doc]) => ({ name: n, doc })),
    cypher,
  };
}

const cache = new Map<string, NamedQuery>();

/** Names of the library's queries. */
export async function listQueries(): Promise<string[]> {
  return (await readdir(QUERIES_DIR))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** A library query by file name; NotFoundError for names not in the library. */
export async function loadQuery(name: string): Promise<NamedQuery> {
  const hit = cache.get(name);
  if (hit) return hit;
  // Allow-list: only names that exist as files, so a name never builds a path outside the folder.
  if (!(await listQueries()).includes(name)) {
    throw new NotFoundError(`No query named "${name}" in cypher/queries`);
  }
  const q = parseNamedQuery(name, await readFile(path.join(QUERIES_DIR, `${name}.cypher`), 'utf8'));
  cache.set(name, q);
  return q;
}

/** Every statement of cypher/schema/*.cypher, files in name order. */
export async function schemaStatements(): Promise<string[]> {
  const files = (await readdir(SCHEMA_DIR)).filter((f) => f.endsWith('.cypher')).sort();
  const out: string[] = [];
  for (const f of files)
    out.push(...splitStatements(await readFile(path.join(SCHEMA_DIR, f), 'utf8')));
  return out;
}
