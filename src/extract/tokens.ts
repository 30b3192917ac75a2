/**
 * Word tokenisation with character offsets. Possessive "'s" is kept on the
 * token but flagged, so "China's" is the token China with poss=true.
 */
import { foldToken } from './normalize.js';

export interface Token {
  text: string;
  /** Text without a possessive ending. */
  base: string;
  /** Folded (lower-case, accent-free) base. */
  low: string;
  start: number;
  end: number;
  cap: boolean;
  poss: boolean;
  /** Punctuation between this token and the next (trimmed), e.g. "," or ".”". */
  after: string;
}

const WORD =
  /(?:\p{L}\.){2,}(?:[’']s\b)?|\p{L}[\p{L}\p{M}]*(?:[-‐’‘'ʼ]\p{L}[\p{L}\p{M}]*)*\.?|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?/gu;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s)) !== null) {
    let text = m[0];
    // Keep a final dot only on acronyms and initials ("U.S.", "S.").
    if (text.endsWith('.') && !/^(\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    const start = m.index;
    const end = start + text.length;
    const poss = /[’‘'ʼ]s$/.test(text) || /s[’'ʼ]$/.test(text);
    const base = poss ? text.replace(/[’‘'ʼ]s$/, '').replace(/([sS])[’']$/, '$1') : text;
    out.push({
      text,
      base,
      low: foldToken(base),
      start,
      end,
      cap: /^\p{Lu}/u.test(text),
      poss,
      after: '',
    });
  }
  for (let i = 0; i < out.length; i++) {
    const next = i + 1 < out.length ? out[i + 1].start : s.length;
    out[i].after = s.slice(out[i].end, next).trim();
  }
  return out;
}
