/** Public API of article reading. */
export {
  parseArticle,
  detectFormat,
  outletFromUrl,
  type ArticleDoc,
  type ArticleFormat,
} from './parse.js';
export { readArticleFile, listArticleFiles, MAX_ARTICLE_BYTES } from './read.js';
export { splitSentences } from './sentences.js';
