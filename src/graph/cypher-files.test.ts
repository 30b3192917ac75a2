/** Parsing of schema and library files. */
import { describe, expect, it } from 'vitest';
import { parseNamedQuery, splitStatements } from './cypher-files.js';

describe('splitStatements', () => {
  it('splits on line-ending semicolons and drops comments', () => {
    const text =
      '// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// b\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });
  it('keeps a semicolon inside a string literal on one line', () => {
    expect(splitStatements("RETURN 'a; b' AS s;")).toEqual(["RETURN 'a; b' AS s"]);
  });
});

describe('parseNamedQuery', () => {
  it('reads the description, documented params and params used in the body', () => {
    const q = parseNamedQuery(
      'x',
      '// Who spoke to whom.\n// @param topic: the topic name\nMATCH (t:Topic {name: $topic}) WHERE t.d > $from\nRETURN t;\n',
    );
    expect(q.description).toBe('Who spoke to whom.');
    expect(q.params).toEqual([
      { name: 'topic', doc: 'the topic name' },
      { name: 'from', doc: '' },
    ]);
    expect(q.cypher).toBe('MATCH (t:Topic {name: $topic}) WHERE t.d > $from\nRETURN t');
  });
});
