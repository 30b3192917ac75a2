import { describe, expect, it } from 'vitest';
import { ArticleReadError } from '../errors.js';
import { detectFormat, parseArticle } from './parse.js';
import { parseDateText, isPrintDateLine } from './dates.js';

describe('parseArticle (plain text)', () => {
  it('reads a title line followed by date and url headers', () => {
    const doc = parseArticle(
      'Ministers meet in Lusaka\ndate 2022-05-04\nurl https://example.org/news/1\n\nThe ministers met on Tuesday. They spoke for an hour.',
      'a.txt',
    );
    expect(doc.title).toBe('Ministers meet in Lusaka');
    expect(doc.published).toBe('2022-05-04');
    expect(doc.url).toBe('https://example.org/news/1');
    expect(doc.outlet).toBe('Example');
    expect(doc.sentences).toEqual(['The ministers met on Tuesday.', 'They spoke for an hour.']);
  });

  it('takes the author from a byline and a date written as "Mar.21 - 2024 10:57 AM CET"', () => {
    const doc = parseArticle(
      'Headline here\n\nWritten by Ana Pereira\n\nMar.21 - 2024 10:57 AM CET\n\nBody text follows here.',
      'b.txt',
    );
    expect(doc.author).toBe('Ana Pereira');
    expect(doc.published).toBe('2024-03-21');
    expect(doc.body).toBe('Body text follows here.');
  });

  it('ignores a weekday-led site header (the print date)', () => {
    const doc = parseArticle(
      'Sat. Jun 22nd, 2024\n\nThe envoy spoke on Monday about the talks.',
      'c.txt',
    );
    expect(doc.published).toBeNull();
    expect(isPrintDateLine('Sat. Jun 22nd, 2024')).toBe(true);
  });

  it('removes page furniture, captions, credits and bylines', () => {
    const text = [
      'Envoy arrives',
      '',
      'The envoy arrived in Accra on Monday.',
      'Read More: Why the envoy matters',
      'Trending Now',
      '[time-brightcove not-tgx="true"]',
      'A portrait of the envoy - Photo: Government Press Office',
      'The talks will continue on Tuesday.',
      'Reporting by Jane Roe; Editing by John Doe',
      'Most Read',
      'Leave a Reply',
      'Your email address will not be published.',
    ].join('\n');
    const doc = parseArticle(text, 'd.txt');
    expect(doc.sentences).toEqual([
      'The envoy arrived in Accra on Monday.',
      'The talks will continue on Tuesday.',
    ]);
  });
});

describe('parseArticle (Markdown)', () => {
  it('reads heading, bold author, timestamp and URL, and drops images and captions', () => {
    const md = [
      '# Ministers agree on a new corridor',
      '**Maria Silva**',
      '',
      '**2021-06-02 08:15**',
      '',
      '**https://www.reuters.com/world/some-story-2021-06-02/**',
      '',
      '![A minister speaks](https://img.example/x.jpg)',
      '',
      'A minister speaks in Lima, Peru, June 1, 2021. REUTERS/Some Body/File Photo',
      '',
      'The two ministers agreed on a [new corridor](https://example.org) on Tuesday.',
    ].join('\n');
    const doc = parseArticle(md, 'e.md');
    expect(doc.title).toBe('Ministers agree on a new corridor');
    expect(doc.author).toBe('Maria Silva');
    expect(doc.published).toBe('2021-06-02');
    expect(doc.url).toBe('https://www.reuters.com/world/some-story-2021-06-02/');
    expect(doc.outlet).toBe('Reuters');
    expect(doc.sentences).toEqual(['The two ministers agreed on a new corridor on Tuesday.']);
  });
});

describe('parseArticle (HTML)', () => {
  it('reads metadata from meta tags and the text of the article element', () => {
    const html = `<!doctype html><html><head><title>Site | Story</title>
      <meta property="og:title" content="Leaders hold talks &amp; agree">
      <meta property="article:published_time" content="2020-01-15T10:00:00Z">
      <meta name="author" content="Lee Wong"><meta property="og:site_name" content="Daily Example">
      <link rel="canonical" href="https://daily.example/story"></head>
      <body><nav>Home | World</nav><article><h1>Leaders hold talks</h1>
      <p>The leaders met in Oslo on Tuesday.</p><figure><figcaption>Photo of leaders</figcaption></figure>
      <p>They agreed to meet again.</p><script>var x = 1;</script></article><footer>Copyright</footer></body></html>`;
    const doc = parseArticle(html, 'f.html');
    expect(doc.title).toBe('Leaders hold talks & agree');
    expect(doc.published).toBe('2020-01-15');
    expect(doc.author).toBe('Lee Wong');
    expect(doc.outlet).toBe('Daily Example');
    expect(doc.url).toBe('https://daily.example/story');
    expect(doc.sentences).toEqual([
      'The leaders met in Oslo on Tuesday.',
      'They agreed to meet again.',
    ]);
  });

  it('detects formats by extension and content', () => {
    expect(detectFormat('<html><body>x</body></html>', 'x.txt')).toBe('html');
    expect(detectFormat('# Title\n\ntext', 'x.txt')).toBe('md');
    expect(detectFormat('plain', 'x.markdown')).toBe('md');
    expect(detectFormat('plain', 'x.txt')).toBe('txt');
  });
});

describe('parseArticle errors', () => {
  it('rejects empty, binary and non-UTF-8 input with the file name', () => {
    expect(() => parseArticle(Buffer.alloc(0), 'empty.txt')).toThrow(ArticleReadError);
    expect(() => parseArticle('   \n ', 'blank.txt')).toThrow(/blank\.txt/);
    expect(() =>
      parseArticle(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'zip.txt'),
    ).toThrow(/binary/);
    expect(() => parseArticle(Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x41]), 'latin.txt')).toThrow(
      /UTF-8/,
    );
  });
});

describe('parseDateText', () => {
  it('reads common header date forms', () => {
    expect(parseDateText('October 11, 2023')).toBe('2023-10-11');
    expect(parseDateText('11 October 2023')).toBe('2023-10-11');
    expect(parseDateText('2023-10-24 01:49')).toBe('2023-10-24');
    expect(parseDateText('no date here')).toBeNull();
  });
});
