import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse.js';
import { extractArticle } from './extract.js';
import type { ExtractedArticle } from './types.js';

function run(body: string, date = '2024-05-08'): ExtractedArticle {
  return extractArticle(parseArticle(`Test article\ndate ${date}\n\n${body}`, 'test.txt'));
}

const triples = (a: ExtractedArticle): string[] =>
  a.interactions.map((i) => `${i.type} ${i.source} > ${i.target ?? '-'}`);

describe('extractArticle: actors', () => {
  it('finds a titled unknown person with the role the text gives, and resolves surname and pronoun', () => {
    const a = run(
      'Chilean Foreign Minister Alberto van Klaveren met Antony Blinken in Santiago on Monday. Van Klaveren said he welcomed the visit.',
    );
    const p = a.actors.find((x) => x.name === 'Alberto van Klaveren');
    expect(p?.kind).toBe('person');
    expect(p?.roles[0]).toMatchObject({ title: 'Foreign Minister', country: 'Chile' });
    expect(triples(a)).toContain('MEETING Alberto van Klaveren > Antony Blinken');
    expect(triples(a)).toContain('STATEMENT Alberto van Klaveren > Antony Blinken');
  });

  it('maps demonyms with a country head and capitals to countries, not bare adjectives', () => {
    const a = run(
      'Beijing urged the Israeli side to show restraint. Chinese citizens were evacuated.',
    );
    expect(triples(a)).toEqual(['APPEAL China > Israel']);
    expect(a.actors.map((x) => x.name).sort()).toEqual(['China', 'Israel']);
  });

  it('uses KB roles at the article date for role phrases', () => {
    const a = run(
      'China’s top diplomat held talks with Sergei Lavrov in Moscow. Wang Yi praised Russia.',
      '2023-09-20',
    );
    expect(triples(a)).toContain('MEETING Sergei Lavrov > Wang Yi');
    expect(a.actors.find((x) => x.name === 'Wang Yi')?.roles.map((r) => r.title)).toContain(
      'Foreign Minister',
    );
  });
});

describe('extractArticle: interactions', () => {
  it('gives separate calls as separate rows and the listener of "told"', () => {
    const a = run(
      'In separate phone calls, Antony Blinken spoke with Sameh Shoukry and Ayman Safadi. Blinken told Safadi that aid must reach civilians.',
    );
    const t = triples(a);
    expect(t).toContain('PHONE_CALL Antony Blinken > Sameh Shoukry');
    expect(t).toContain('PHONE_CALL Antony Blinken > Ayman Safadi');
    expect(t).not.toContain('PHONE_CALL Sameh Shoukry > Ayman Safadi');
    expect(t).toContain('STATEMENT Antony Blinken > Ayman Safadi');
  });

  it('handles "a call was held between" and the two sides agreeing', () => {
    const leaders = triples(
      run(
        'A call was held between Emmanuel Macron and Olaf Scholz. The two leaders agreed to coordinate.',
      ),
    );
    expect(leaders).toContain('AGREEMENT Emmanuel Macron > Olaf Scholz');
    const t = triples(
      run(
        'A call was held between Emmanuel Macron and Olaf Scholz on Friday. The two sides agreed to coordinate.',
      ),
    );
    expect(t).toContain('PHONE_CALL Emmanuel Macron > Olaf Scholz');
    // "the two sides" after talks between two officials are their countries.
    expect(t).toContain('AGREEMENT France > Germany');
  });

  it('reads the passive voice', () => {
    const t = triples(run('The raid was condemned by the Arab League on Sunday.'));
    expect(t).toEqual(['CRITICISM Arab League > -']);
  });

  it('skips negated and hypothetical events but keeps their participants as actors', () => {
    const a = run(
      'Kenya did not condemn Uganda. Narendra Modi could meet Joe Biden if talks go well.',
    );
    expect(triples(a)).toEqual([]);
    expect(a.actors.map((x) => x.name)).toEqual(
      expect.arrayContaining(['Kenya', 'Uganda', 'Narendra Modi', 'Joe Biden']),
    );
  });

  it('expands plural targets and coordinated sources', () => {
    const t = triples(run('France and Germany urged Serbia and Kosovo to resume dialogue.'));
    expect(t.sort()).toEqual([
      'APPEAL France > Kosovo',
      'APPEAL France > Serbia',
      'APPEAL Germany > Kosovo',
      'APPEAL Germany > Serbia',
    ]);
  });

  it('finds visits, aid, attacks and mediation from sentence structure', () => {
    const t = triples(
      run(
        'Fumio Kishida visited Vietnam on Sunday. Japan sent humanitarian aid to Ukraine. Russia attacked Ukraine again. Egypt mediated talks between Israel and Hamas.',
      ),
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'VISIT Fumio Kishida > Vietnam',
        'AID Japan > Ukraine',
        'ATTACK Russia > Ukraine',
        'MEDIATION Egypt > Israel',
        'MEDIATION Egypt > Hamas',
      ]),
    );
  });

  it('resolves dates, topics, evidence and confidence', () => {
    const a = run('Antony Blinken called for a ceasefire on Monday.', '2024-05-08');
    const i = a.interactions[0];
    expect(i).toMatchObject({
      type: 'APPEAL',
      source: 'Antony Blinken',
      target: null,
      date: '2024-05-06',
      topics: ['ceasefire'],
    });
    expect(i.evidence).toBe('Antony Blinken called for a ceasefire on Monday.');
    expect(i.confidence).toBeGreaterThan(0);
    expect(i.confidence).toBeLessThanOrEqual(1);
  });

  it('does not count news outlets as speakers', () => {
    const t = triples(run('Kenya condemned the attack, state media said.'));
    expect(t).toEqual(['CRITICISM Kenya > -']);
  });

  it('reads invitations and their acceptance, and "the two sides" as the countries of the talks', () => {
    const t = triples(
      run(
        'Narendra Modi held talks with Fumio Kishida in Tokyo. Kishida accepted Modi’s invitation to visit India. Both sides agreed to expand trade.',
      ),
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'MEETING Fumio Kishida > Narendra Modi',
        'PROPOSAL Narendra Modi > Fumio Kishida',
        'AGREEMENT Fumio Kishida > Narendra Modi',
        'AGREEMENT India > Japan',
      ]),
    );
  });

  it('treats a national army and an acronym group as organisations', () => {
    const a = run(
      'The Ethiopian army attacked the TPLF fighters. The Sudanese army shelled the ELN rebels.',
    );
    const kinds = Object.fromEntries(a.actors.map((x) => [x.name, x.kind]));
    expect(kinds['Ethiopian army']).toBe('organization');
    expect(kinds['ELN']).toBe('organization');
  });

  it('credits a statement released by a named body', () => {
    const t = triples(
      run('According to the statement released by the State Department, the talks were useful.'),
    );
    expect(t).toEqual(['STATEMENT State Department > -']);
  });

  it('reads an honour as support, from the giver to the receiver', () => {
    const t = triples(
      run('In 2019 Emmanuel Macron received a medal of honour from Vladimir Putin.'),
    );
    expect(t).toEqual(['SUPPORT Vladimir Putin > Emmanuel Macron']);
  });

  it('does not let a negative noun phrase negate a later verb', () => {
    const t = triples(
      run(
        'Antonio Guterres said there is no easy answer, and called on all parties to stop fighting.',
      ),
    );
    expect(t).toContain('APPEAL Antonio Guterres > all parties');
  });

  it('keeps the speaker of a quotation running over sentences', () => {
    const t = triples(
      run(
        'Lin Jian told reporters: “China wants stability. The United States cannot keep blocking the talks.”',
      ),
    );
    expect(t).toContain('STATEMENT Lin Jian > -');
    expect(t).toContain('CRITICISM Lin Jian > United States');
  });
});

describe('extractArticle: repeated acts and series of calls', () => {
  it('dates an undated "separate call" like the dated call told before it', () => {
    const a = run(
      'Japanese Foreign Minister Yoko Kamikawa held a phone call with Antony Blinken on Monday. In a separate call, Kamikawa spoke with Egyptian Foreign Minister Sameh Shoukry.',
      '2024-05-08',
    );
    const calls = a.interactions.filter((i) => i.type === 'PHONE_CALL');
    expect(calls.map((c) => c.date)).toEqual(['2024-05-06', '2024-05-06']);
  });

  it('keeps a repeated act from a later sentence when it adds a subject, as its own report', () => {
    const a = run(
      'Egyptian President Abdel Fattah al-Sisi proposed a ceasefire. He later proposed a peace conference.',
    );
    const proposals = a.interactions.filter((i) => i.type === 'PROPOSAL');
    expect(proposals.map((p) => p.topics)).toEqual([['ceasefire'], ['peace conference']]);
    expect(new Set(proposals.map((p) => p.sentenceIndex)).size).toBe(2);
  });
});
