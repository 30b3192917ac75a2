/**
 * Event dates: the first date expression of a sentence resolved against the
 * article's publication date with chrono-node ("on Monday" in an article of
 * Tuesday 2023-10-24 is 2023-10-23). Month-only mentions give YYYY-MM.
 */
import * as chrono from 'chrono-node';

const DATE_HINT =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|this month|last month|this week|last week)\b/i;

const MONTH_ONLY =
  /^(in |since |by |last |this |early |late |mid-?)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?( \d{4})?$/i;

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Resolves the first date in `sentence` against `published` (ISO); null when none or undated. */
export function resolveDate(sentence: string, published: string | null): string | null {
  if (!published || !DATE_HINT.test(sentence)) return null;
  const ref = new Date(`${published}T12:00:00`);
  if (Number.isNaN(ref.getTime())) return null;
  const results = chrono.parse(sentence, ref, { forwardDate: false });
  for (const r of results) {
    const text = r.text.trim();
    if (/^(may)$/i.test(text)) continue; // the modal verb, not the month
    if (
      /\bthis month\b|\blast month\b/i.test(text) ||
      (MONTH_ONLY.test(text) && !r.start.isCertain('day'))
    ) {
      const d = r.start.date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    }
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    return isoDay(r.start.date());
  }
  return null;
}
