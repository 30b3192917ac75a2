import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('keeps acronyms, month abbreviations and initials inside sentences', () => {
    const s = splitSentences(
      'The U.S. envoy arrived on Oct. 3 in Nairobi. S. Jaishankar met him there. John F. Kennedy was not present.',
    );
    expect(s).toEqual([
      'The U.S. envoy arrived on Oct. 3 in Nairobi.',
      'S. Jaishankar met him there.',
      'John F. Kennedy was not present.',
    ]);
  });

  it('splits after a dotted acronym when a new sentence starts', () => {
    expect(splitSentences('Talks were held in the U.S. The results were modest.')).toHaveLength(2);
  });

  it('splits after closing quotes and keeps paragraphs apart', () => {
    const s = splitSentences(
      '“We will help,” she said. “It is urgent.”\nA new paragraph starts here.',
    );
    expect(s).toEqual([
      '“We will help,” she said.',
      '“It is urgent.”',
      'A new paragraph starts here.',
    ]);
  });

  it('does not split on a question mark inside a quote followed by lower case', () => {
    expect(splitSentences('He asked “why now?” and left.')).toHaveLength(1);
  });
});
