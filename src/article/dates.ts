/**
 * Publication dates written in article headers: ISO stamps, "Mar.21 - 2024",
 * "October 11, 2023", "11 October 2023". A weekday-led line at the top of a
 * page ("Sat. Jun 22nd, 2024") is a print date, which callers skip.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().slice(0, 3)] ?? null;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const WEEKDAY_LED = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s/i;

/** True for a site header such as "Sat. Jun 22nd, 2024" (page print date). */
export function isPrintDateLine(line: string): boolean {
  return WEEKDAY_LED.test(line.trim()) && parseDateText(line) !== null && line.length < 40;
}

/** Parses a date written in a header line; null when the line holds none. */
export function parseDateText(text: string): string | null {
  const t = text.replace(/[*_]/g, ' ');
  let m = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  // "Mar.21 - 2024", "October 11, 2023", "Jun 22nd, 2024"
  m = /\b([A-Z][a-z]{2,8})\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*[,–-]?\s*(\d{4})\b/.exec(t);
  if (m && monthOf(m[1])) return iso(+m[3], monthOf(m[1])!, +m[2]);
  // "11 October 2023"
  m = /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/.exec(t);
  if (m && monthOf(m[2])) return iso(+m[3], monthOf(m[2])!, +m[1]);
  m = /\b(\d{4})\/(\d{2})\/(\d{2})\b/.exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  return null;
}
