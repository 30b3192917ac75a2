/**
 * Article parsing: format detection (plain text, Markdown, HTML), header
 * metadata (title, date, URL, author, outlet), boilerplate removal and
 * sentence splitting, giving the ArticleDoc the extractor reads.
 */
import { ArticleReadError } from '../errors.js';
import { bylineAuthor, cleanInline, isFurnitureLine, isHeadingLike } from './boilerplate.js';
import { isPrintDateLine, parseDateText } from './dates.js';
import { htmlMetadata, htmlToText } from './html.js';
import { splitSentences } from './sentences.js';

export interface ArticleDoc {
  file: string;
  title: string | null;
  /** ISO YYYY-MM-DD, or null when the file gives no publication date. */
  published: string | null;
  url: string | null;
  author: string | null;
  outlet: string | null;
  /** Cleaned body text, one paragraph per line. */
  body: string;
  sentences: string[];
}

export type ArticleFormat = 'txt' | 'md' | 'html';

export function detectFormat(text: string, file: string): ArticleFormat {
  const lower = file.toLowerCase();
  if (/\.html?$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'md';
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(text)) return 'html';
  // Markdown content in a .txt file: a leading "# " heading or Markdown images/links.
  if (/^\s*#{1,6}\s/.test(text) || /!\[[^\]]*\]\(|\n\*\*[^*\n]+\*\*\n/.test(text)) return 'md';
  return 'txt';
}

const OUTLETS: Record<string, string> = {
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'time.com': 'TIME',
  'nytimes.com': 'The New York Times',
  'theguardian.com': 'The Guardian',
  'aljazeera.com': 'Al Jazeera',
  'cnn.com': 'CNN',
  'xinhuanet.com': 'Xinhua',
  'globaltimes.cn': 'Global Times',
  'scmp.com': 'South China Morning Post',
  'bloomberg.com': 'Bloomberg',
  'breitbart.com': 'Breitbart',
};

export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  const host = /^https?:\/\/([^/]+)/i
    .exec(url)?.[1]
    ?.toLowerCase()
    .replace(/^(www|amp|m)\./, '');
  if (!host) return null;
  for (const [domain, name] of Object.entries(OUTLETS)) {
    if (host === domain || host.endsWith(`.${domain}`)) return name;
  }
  const parts = host.split('.');
  const core = parts.length >= 2 ? parts[parts.length - 2] : parts[0];
  return core.charAt(0).toUpperCase() + core.slice(1);
}

const URL_LINE = /^(?:url:?\s+)?\**<?(https?:\/\/[^\s*>]+)>?\**$/i;
const DATE_HEADER = /^\s*(?:date|published|posted|updated)\s*:?\s+(.*)$/i;
const TITLE_HEADER = /^\s*title\s*:\s+(.*)$/i;

function decode(input: string | Buffer, file: string): string {
  if (typeof input === 'string') return input;
  if (input.length === 0) throw new ArticleReadError(`${file}: empty file`, file);
  if (input.subarray(0, 8000).includes(0)) throw new ArticleReadError(`${file}: binary file`, file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new ArticleReadError(`${file}: not valid UTF-8`, file);
  }
}

interface Header {
  title: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
}

/** True when the next non-empty line is a "date …" or "url …" header line. */
function headerFollows(lines: string[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k].trim();
    if (!l) continue;
    return DATE_HEADER.test(l) || /^url:?\s+https?:/i.test(l);
  }
  return false;
}

/** Reads header lines and drops furniture; returns the body paragraphs. */
function cleanLines(lines: string[], header: Header, format: ArticleFormat): string[] {
  const body: string[] = [];
  let seenBody = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (!line) continue;
    if (format === 'md') {
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h) {
        if (!header.title && !seenBody) header.title = cleanInline(h[1]);
        continue;
      }
    }
    const titleH = TITLE_HEADER.exec(line);
    if (titleH && !seenBody) {
      header.title ??= titleH[1].trim();
      continue;
    }
    const dateH = DATE_HEADER.exec(line);
    if (dateH && !seenBody) {
      header.published ??= parseDateText(dateH[1]);
      continue; // the rest of such a line is breadcrumb
    }
    const urlH = URL_LINE.exec(line);
    if (urlH) {
      header.url ??= urlH[1];
      continue;
    }
    if (isFurnitureLine(line)) continue;
    const author = bylineAuthor(line);
    if (author) {
      header.author ??= author;
      continue;
    }
    line = cleanInline(line);
    if (!line) continue;
    if (!seenBody && isPrintDateLine(line)) continue;
    // The first line of a header block ("Title" then "date …"/"url …" lines) is the title.
    if (!seenBody && !header.title && headerFollows(lines, i)) {
      header.title = line;
      continue;
    }
    if (isHeadingLike(line)) {
      const date = line.length < 60 ? parseDateText(line) : null;
      if (date && !seenBody) header.published ??= date;
      else if (!seenBody && !header.title && !date) header.title = line;
      else if (
        format === 'md' &&
        !seenBody &&
        !header.author &&
        /^\*\*[^*]+\*\*$/.test(lines[i].trim()) &&
        /^[\p{Lu}][\p{L}.'-]+(\s[\p{Lu}][\p{L}.'-]+){1,3}$/u.test(line)
      ) {
        header.author = line; // a bold name under a Markdown title
      }
      continue;
    }
    // A place dateline opening the body: "BEIJING (Reuters) –", "MOSCOW - ".
    if (!seenBody) {
      line = line.replace(/^[A-Z][A-Z'.-]+(?:[ ,]+[A-Z][A-Z'.-]+)*(?: \([^)]*\))? ?[-–—]\s+/, '');
      // "Addis Ababa, March 20, 2022 (FBC) –"
      const dl2 =
        /^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*, ([A-Z][a-z]+\.? \d{1,2},? \d{4}) \([^)]*\) ?[-–—]\s+/.exec(
          line,
        );
      if (dl2) {
        header.published ??= parseDateText(dl2[1]);
        line = line.slice(dl2[0].length);
      }
    }
    // A dateline opening the body ("October 11, 2023 – In a phone call…").
    const dl = /^([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*[–—-]\s+/.exec(line);
    if (dl) {
      if (!seenBody) header.published ??= parseDateText(dl[1]);
      line = line.slice(dl[0].length);
    }
    seenBody = true;
    if (body.length && body[body.length - 1] === line) continue;
    body.push(line);
  }
  return body;
}

/** NUL and other C0 controls (except tab and line breaks) mark binary content. */
function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) return true;
  }
  return false;
}

/** Parses an article given as text or bytes; `file` names it in errors and output. */
export function parseArticle(input: string | Buffer, file: string): ArticleDoc {
  let text = decode(input, file)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ArticleReadError(`${file}: empty file`, file);
  if (hasControlChars(text.slice(0, 8000))) {
    throw new ArticleReadError(`${file}: binary file`, file);
  }
  const format = detectFormat(text, file);
  const header: Header = { title: null, published: null, url: null, author: null };
  let outlet: string | null = null;
  if (format === 'html') {
    const meta = htmlMetadata(text);
    header.title = meta.title;
    header.published = meta.published ? parseDateText(meta.published) : null;
    header.url = meta.url;
    header.author = meta.author;
    outlet = meta.outlet;
    text = htmlToText(text);
  }
  const body = cleanLines(text.split('\n'), header, format);
  // A body paragraph repeating the title is furniture.
  const paragraphs = body.filter((p) => p !== header.title);
  const bodyText = paragraphs.join('\n');
  return {
    file,
    title: header.title,
    published: header.published,
    url: header.url,
    author: header.author,
    outlet: outlet ?? outletFromUrl(header.url),
    body: bodyText,
    sentences: splitSentences(bodyText),
  };
}
