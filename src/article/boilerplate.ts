/**
 * Page furniture removal: related links, widgets, comment forms, embed
 * markers, image captions, photo credits and bylines are not article text.
 */

const FURNITURE_LINE = [
  /^(read more|related|see also|also read|recommended|more from|watch|listen)\b.*[:|»]/i,
  /^(trending now|most read|most popular|leave a reply|leave a comment|share this|advertisement|subscribe|sign up|related articles|related stories|comments?)\b/i,
  /^your email address will not be published/i,
  /^\[[^\]]*\]$/, // embed markers such as [time-brightcove …]
  /^!\[[^\]]*\]\([^)]*\)$/, // Markdown image
  /\bphoto:\s/i,
  /\b(REUTERS|AFP|AP|Getty Images|Xinhua)\/[^\s]/,
  /\/File Photo\b/i,
  /^(reporting|editing|additional reporting|writing) by\b/i,
  /^home\s*[»›>]/i,
  /^(copyright|©)/i,
  /^(tags?|filed under|categories)\s*:/i,
  /\bimage source\s*:/i,
  /^follow us\b/i,
];

export function isFurnitureLine(line: string): boolean {
  return FURNITURE_LINE.some((re) => re.test(line));
}

/** "Written by X", "By X" on a line of its own: returns the author, else null. */
export function bylineAuthor(line: string): string | null {
  const m =
    /^(?:written by|by)\s+([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})\s*$/iu.exec(
      line.trim(),
    );
  return m ? m[1] : null;
}

/** A short line without final punctuation: a heading, widget label or caption. */
export function isHeadingLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 14 && !/[.!?…"”:,;]$/.test(line.trim());
}

/** Inline clean-up of a body line: links, emphasis, trailing attributions. */
export function cleanInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/\s*\((?:attribution|source|with reporting)[^)]*\)\s*$/i, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
