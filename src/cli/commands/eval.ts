/**
 * `kg eval <articles...> --gold <dir> [--json] [--verbose]`: extracts the
 * articles and prints precision, recall and F1 for actors and interactions,
 * overall and per type; --verbose lists the misses per article.
 */
import { InvalidInputError } from '../../errors.js';
import { loadGold, scoreAll, type Prf, type ScoreReport } from '../../eval/index.js';
import { extractPaths } from './extract.js';

export const summary =
  'score extraction against gold: kg eval <articles> --gold <dir> [--json] [--verbose]';

const pct = (x: number): string => x.toFixed(3);
const row = (name: string, p: Prf): string =>
  `${name.padEnd(14)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}`;

export function formatReport(r: ScoreReport, verbose: boolean): string {
  const lines = [
    `articles scored: ${r.articles}`,
    `${''.padEnd(14)} P      R      F1      TP   FP   FN`,
  ];
  lines.push(row('actors', r.actors), row('interactions', r.interactions));
  for (const [t, p] of Object.entries(r.byType)) lines.push(row(`  ${t}`, p));
  if (verbose) {
    for (const m of r.misses) {
      lines.push('', `== ${m.article}`);
      for (const a of m.actors.falsePositives) lines.push(`  actor FP  ${a}`);
      for (const a of m.actors.falseNegatives) lines.push(`  actor FN  ${a}`);
      for (const i of m.interactions.falsePositives) lines.push(`  inter FP  ${i}`);
      for (const i of m.interactions.falseNegatives) lines.push(`  inter FN  ${i}`);
    }
  }
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const gi = args.indexOf('--gold');
  const goldDir = gi >= 0 ? args[gi + 1] : undefined;
  const paths = args.filter((a, i) => !a.startsWith('--') && i !== gi + 1);
  if (!goldDir || !paths.length) {
    console.error('Usage: kg eval <articles...> --gold <dir> [--json] [--verbose]');
    return 2;
  }
  try {
    const gold = await loadGold(goldDir);
    const { articles, failures } = await extractPaths(paths);
    for (const f of failures) console.error(`kg eval: ${f.error}`);
    const report = scoreAll(articles, gold);
    if (args.includes('--json')) {
      const { misses, ...rest } = report;
      console.log(
        JSON.stringify(
          args.includes('--verbose') ? report : { ...rest, misses: misses.length },
          null,
          2,
        ),
      );
    } else console.log(formatReport(report, args.includes('--verbose')));
    return failures.length ? 1 : 0;
  } catch (err) {
    if (err instanceof InvalidInputError) {
      console.error(`kg eval: ${err.message}`);
      return 2;
    }
    throw err;
  }
}
