/**
 * Topic normalisation from the maintained list (data/topics.json): every
 * synonym found in a sentence maps to its canonical lower-case topic.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface TopicEntry {
  topic: string;
  synonyms: string[];
}

const TOPICS_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'topics.json');

let matcher: { re: RegExp; bySynonym: Map<string, string> } | null = null;

function build(): { re: RegExp; bySynonym: Map<string, string> } {
  const data = JSON.parse(readFileSync(TOPICS_PATH, 'utf8')) as { topics: TopicEntry[] };
  const bySynonym = new Map<string, string>();
  for (const t of data.topics) {
    // The topic's own name counts unless its synonyms narrow it ("security" alone is too vague).
    if (!t.synonyms.length || t.synonyms.some((s) => s.toLowerCase() === t.topic.toLowerCase())) {
      bySynonym.set(t.topic.toLowerCase(), t.topic);
    }
    for (const s of t.synonyms) bySynonym.set(s.toLowerCase(), t.topic);
  }
  const alts = [...bySynonym.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]?'));
  return { re: new RegExp(`\\b(?:${alts.join('|')})\\b`, 'gi'), bySynonym };
}

/** The canonical topics mentioned in a text, in order of first mention. */
export function findTopics(text: string): string[] {
  matcher ??= build();
  const out: string[] = [];
  matcher.re.lastIndex = 0;
  for (const m of text.matchAll(matcher.re)) {
    const key = m[0].toLowerCase();
    const topic =
      matcher.bySynonym.get(key) ??
      matcher.bySynonym.get(key.replace(/-/g, ' ')) ??
      [...matcher.bySynonym.entries()].find(
        ([syn]) => syn.replace(/[- ]/g, '') === key.replace(/[- ]/g, ''),
      )?.[1];
    if (topic && !out.includes(topic)) out.push(topic);
  }
  return out;
}

/** All canonical topics of the list. */
export function topicList(): string[] {
  matcher ??= build();
  return [...new Set(matcher.bySynonym.values())];
}
