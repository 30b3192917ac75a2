import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  growKnowledgeBase,
  KnowledgeBase,
  loadKnowledgeBase,
  rolesAt,
  saveKnowledgeBase,
} from './kb.js';

describe('knowledge base', () => {
  const kb = loadKnowledgeBase();

  it('looks actors up by name, alias, capital and demonym', () => {
    expect(kb.lookup('U.S.')?.name).toBe('United States');
    expect(kb.lookup('Beijing')?.name).toBe('China');
    expect(kb.lookup('Chinese')?.name).toBe('China');
    expect(kb.lookup('UNSC')?.name).toBe('UN Security Council');
    expect(kb.lookup('Nowhere Land')).toBeUndefined();
  });

  it('gives the roles valid at a date', () => {
    const wang = kb.byCanonical('Wang Yi')!;
    const at2023 = rolesAt(wang, '2023-10-24').map((r) => r.title);
    expect(at2023).toContain('Foreign Minister');
    const at2023spring = rolesAt(wang, '2023-04-01').map((r) => r.title);
    expect(at2023spring).not.toContain('Foreign Minister');
    expect(kb.holders('Foreign Minister', 'China', '2023-04-01').map((a) => a.name)).toEqual([
      'Qin Gang',
    ]);
  });

  it('grows with new actors and saves them', async () => {
    const small = new KnowledgeBase({
      version: 1,
      actors: [{ name: 'Chile', kind: 'country', aliases: [], roles: [] }],
    });
    const added = growKnowledgeBase(small, [
      {
        file: 'x.txt',
        title: null,
        published: null,
        url: null,
        actors: [
          {
            name: 'Ana Ruiz',
            kind: 'person',
            aliases: ['Ruiz', 'Minister Ana Ruiz'],
            roles: [{ title: 'Minister', country: 'Chile' }],
          },
          { name: 'Chile', kind: 'country', aliases: [], roles: [] },
        ],
        interactions: [],
      },
    ]);
    expect(added).toEqual(['Ana Ruiz']);
    expect(small.lookup('Minister Ana Ruiz')?.name).toBe('Ana Ruiz');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'kg-kb-')), 'kb.json');
    await saveKnowledgeBase(small, file);
    expect(loadKnowledgeBase(file).lookup('Ana Ruiz')?.roles[0].country).toBe('Chile');
  });
});
