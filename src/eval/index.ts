/** Public API of evaluation. */
export {
  scoreAll,
  scoreArticle,
  matchActors,
  prf,
  articleKey,
  type ScoreReport,
  type Prf,
} from './score.js';
export { loadGold } from './gold.js';
