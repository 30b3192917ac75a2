/**
 * `kg query <name> [--param key=value …] [--json]`: runs a library query
 * (cypher/queries/<name>.cypher) against the configured Neo4j and prints its
 * rows as a table, or as JSON with --json. Parameters the query declares but
 * the command line omits are passed as null; values are JSON when they parse
 * as JSON (numbers, lists, null), else strings. `kg query --list` lists the library.
 */
import { InvalidInputError } from '../../errors.js';
import { listQueries, loadQuery, type NamedQuery } from '../../graph/cypher-files.js';
import { openDb } from '../connection.js';

export const summary = 'run a library query: kg query <name> [--param key=value …] [--json]';

const USAGE = 'Usage: kg query <name> [--param key=value …] [--json]\n       kg query --list';

/** A command-line value: JSON when it parses (42, null, ["A","B"]), else the string itself. */
export function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Parameters for a query: the given ones, null for declared ones not given; unknown keys rejected. */
export function buildParams(
  q: NamedQuery,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const declared = new Set(q.params.map((p) => p.name));
  for (const k of Object.keys(given))
    if (!declared.has(k))
      throw new InvalidInputError(
        `Query "${q.name}" has no parameter "${k}" (parameters: ${[...declared].join(', ') || 'none'})`,
      );
  const out: Record<string, unknown> = {};
  for (const p of q.params) out[p.name] = p.name in given ? given[p.name] : null;
  return out;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Rows as a plain-text table; long cells are cut to keep lines readable. */
export function formatTable(rows: Record<string, unknown>[], maxWidth = 60): string {
  if (!rows.length) return '(no rows)';
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const text = rows.map((r) =>
    cols.map((c) => {
      const s = cell(r[c]).replace(/\s+/g, ' ');
      return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
    }),
  );
  const widths = cols.map((c, i) => Math.max(c.length, ...text.map((t) => t[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((s, i) => s.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  return [line(cols), widths.map((w) => '-'.repeat(w)).join('-+-'), ...text.map(line)].join('\n');
}

export async function run(args: string[]): Promise<number> {
  let name: string | undefined;
  let json = false;
  const given: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--list') {
      for (const n of await listQueries()) {
        const q = await loadQuery(n);
        console.log(
          `${n}(${q.params.map((p) => p.name).join(', ')})\n  ${q.description.split('\n')[0]}`,
        );
      }
      return 0;
    } else if (a === '--param' || a === '-p') {
      const kv = args[++i] ?? '';
      const eq = kv.indexOf('=');
      if (eq <= 0) {
        console.error(`kg query: --param needs key=value, got "${kv}"\n${USAGE}`);
        return 2;
      }
      given[kv.slice(0, eq)] = parseValue(kv.slice(eq + 1));
    } else if (a.startsWith('--param=')) {
      const kv = a.slice('--param='.length);
      const eq = kv.indexOf('=');
      if (eq <= 0) {
        console.error(`kg query: --param needs key=value, got "${kv}"\n${USAGE}`);
        return 2;
      }
      given[kv.slice(0, eq)] = parseValue(kv.slice(eq + 1));
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else if (!name) name = a;
    else {
      console.error(`kg query: unexpected argument "${a}"\n${USAGE}`);
      return 2;
    }
  }
  if (!name) {
    console.error(USAGE);
    return 2;
  }
  let q: NamedQuery;
  let params: Record<string, unknown>;
  try {
    q = await loadQuery(name);
    params = buildParams(q, given);
  } catch (err) {
    console.error(`kg query: ${(err as Error).message}`);
    return 2;
  }
  const db = await openDb();
  try {
    const rows = await db.read(q.cypher, params);
    console.log(json ? JSON.stringify(rows, null, 2) : formatTable(rows));
    if (!json) console.error(`${rows.length} row${rows.length === 1 ? '' : 's'}`);
    return 0;
  } finally {
    await db.close();
  }
}
