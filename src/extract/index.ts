/** Public API of the extraction stage (what the CLI and the graph loader call). */
export { extractArticle } from './extract.js';
export {
  loadKnowledgeBase,
  growKnowledgeBase,
  saveKnowledgeBase,
  rolesAt,
  KnowledgeBase,
  DEFAULT_KB_PATH,
  type KbActor,
  type KbFile,
} from './kb.js';
export { findTopics, topicList } from './topics.js';
export { resolveDate } from './dates.js';
export { nameKey } from './normalize.js';
export * from './types.js';
