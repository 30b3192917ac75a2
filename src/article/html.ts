/**
 * A light HTML reader: metadata from <title>/<meta>/<link>, and the visible
 * text of the main content as paragraphs. Regex-based on purpose (no DOM
 * package): news pages only need block structure and entity decoding.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  eacute: 'é',
  copy: '©',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

export interface HtmlMeta {
  title: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  outlet: string | null;
}

function metaContent(html: string, keys: string[]): string | null {
  for (const key of keys) {
    const re = new RegExp(`<meta[^>]+(?:property|name|itemprop)=["']${key}["'][^>]*>`, 'i');
    const tag = re.exec(html)?.[0];
    const content = tag && /content=["']([^"']*)["']/i.exec(tag)?.[1];
    if (content) return decodeEntities(content).trim();
  }
  return null;
}

export function htmlMetadata(html: string): HtmlMeta {
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const title =
    metaContent(html, ['og:title', 'twitter:title']) ??
    (h1 ? decodeEntities(h1.replace(/<[^>]+>/g, '')).trim() : null) ??
    (titleTag ? decodeEntities(titleTag).trim() : null);
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*>/i.exec(html)?.[0];
  const url =
    metaContent(html, ['og:url']) ??
    (canonical ? (/href=["']([^"']+)["']/i.exec(canonical)?.[1] ?? null) : null);
  const time = /<time[^>]+datetime=["']([^"']+)["']/i.exec(html)?.[1] ?? null;
  return {
    title: title || null,
    published:
      metaContent(html, ['article:published_time', 'datePublished', 'date', 'pubdate']) ?? time,
    url,
    author: metaContent(html, ['author', 'article:author']),
    outlet: metaContent(html, ['og:site_name', 'application-name']),
  };
}

/** Visible text of the page, one paragraph per line. */
export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, ' ');
  s = s.replace(
    /<(script|style|noscript|nav|footer|header|aside|form|figure|figcaption|svg|iframe|button)\b[\s\S]*?<\/\1>/gi,
    ' ',
  );
  // Prefer the <article> element when the page has one.
  const article = /<article\b[^>]*>([\s\S]*?)<\/article>/i.exec(s)?.[1];
  if (article && article.length > 200) s = article;
  s = s.replace(/<head\b[\s\S]*?<\/head>/i, ' ');
  s = s.replace(
    /<(br|\/p|\/div|\/h[1-6]|\/li|\/blockquote|\/section|\/tr|p|div|h[1-6]|li)\b[^>]*>/gi,
    '\n',
  );
  s = s.replace(/<[^>]+>/g, ' ');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
