/**
 * Sentence splitting for news text. A regex splitter is fast and, with an
 * abbreviation list and an initials rule, survives "U.S.", "Oct. 7",
 * "S. Jaishankar" and quotes closing after the full stop.
 */

/** Abbreviations after which a full stop does not end a sentence (lower-case, no dot). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'st',
  'jr',
  'sr',
  'amb',
  'pres',
  'rev',
  'hon',
  'no',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  'approx',
  'dept',
  'est',
  'fig',
  'govt',
  'intl',
  'min',
  'mt',
  'ft',
  'sq',
]);

/** Words that start a new sentence even after a dotted acronym such as "U.S.". */
const SENTENCE_STARTERS = new Set([
  'The',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'In',
  'On',
  'At',
  'A',
  'An',
  'Meanwhile',
  'However',
  'His',
  'Her',
  'Their',
  'Its',
  'There',
  'According',
  'After',
  'Before',
  'While',
  'When',
  'Earlier',
  'Later',
  'Last',
  'On',
  'As',
]);

const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

/** Splits one paragraph (no line breaks inside sentences expected) into sentences. */
function splitParagraph(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const dotAt = m.index;
    const end = dotAt + m[1].length + m[2].length;
    const before = text.slice(start, dotAt);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const next =
      /^[\p{L}\p{N}]+/u.exec(text.slice(end + m[3].length).replace(/^["“‘'([]/, ''))?.[0] ?? '';
    if (m[1] === '.' && m[2] === '' && !isBoundaryAfter(lastWord, next)) continue;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end + m[3].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Decides whether "<lastWord>. <next>" ends a sentence. */
function isBoundaryAfter(lastWord: string, next: string): boolean {
  const bare = lastWord.replace(/\.$/, '');
  if (ABBREVIATIONS.has(bare.toLowerCase()) && bare.length > 0) {
    // "Oct. 7" or "Mr. Wang": not a boundary.
    return false;
  }
  // Dotted acronym ("U.S.", "U.N."): boundary only before a typical sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare) || /^(\p{L}\.)+$/u.test(lastWord)) {
    return SENTENCE_STARTERS.has(next);
  }
  // Single initial ("S. Jaishankar", "John F. Kennedy"), not the end of "Q&A".
  if (/^\p{Lu}$/u.test(lastWord.replace(/\.$/, '')) && !/&\p{Lu}$/u.test(bare)) return false;
  return true;
}

/** Splits cleaned body text (paragraphs separated by newlines) into sentences. */
export function splitSentences(body: string): string[] {
  const out: string[] = [];
  for (const para of body.split(/\n+/)) {
    // A missing space after a full stop ("Scholz.The") still ends a sentence.
    const p = para
      .replace(/\s+/g, ' ')
      .replace(/(\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/gu, '$1 ')
      .trim();
    if (p) out.push(...splitParagraph(p));
  }
  return out;
}
