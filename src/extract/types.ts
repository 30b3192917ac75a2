/**
 * The extraction contract of EXTRACTION.md as TypeScript types: what
 * `kg extract --json` prints, what gold files hold, and what the graph loader
 * consumes. Fields are only ever added, never renamed.
 */

export const ACTOR_KINDS = ['person', 'country', 'organization', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const INTERACTION_TYPES = [
  'PHONE_CALL',
  'MEETING',
  'VISIT',
  'STATEMENT',
  'APPEAL',
  'PROPOSAL',
  'SUPPORT',
  'CRITICISM',
  'AID',
  'MEDIATION',
  'AGREEMENT',
  'ATTACK',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** Types whose direction carries no meaning (order is ignored when scoring and merging). */
export const SYMMETRIC_TYPES: ReadonlySet<InteractionType> = new Set([
  'PHONE_CALL',
  'MEETING',
  'AGREEMENT',
]);

/** CAMEO root code of each type (EXTRACTION.md table). */
export const CAMEO_ROOT: Record<InteractionType, string> = {
  PHONE_CALL: '04',
  MEETING: '04',
  VISIT: '04',
  STATEMENT: '01',
  APPEAL: '02',
  PROPOSAL: '03',
  SUPPORT: '05',
  CRITICISM: '11',
  AID: '07',
  MEDIATION: '04',
  AGREEMENT: '05',
  ATTACK: '18',
};

export const MODALITIES = ['occurred', 'planned', 'proposed', 'denied'] as const;
export type Modality = (typeof MODALITIES)[number];

export interface Role {
  title: string | null;
  organization?: string | null;
  country?: string | null;
  /** ISO date (or YYYY-MM / YYYY) the role started, when known. */
  from?: string | null;
  to?: string | null;
}

export interface ExtractedActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: Role[];
}

export interface ExtractedInteraction {
  type: InteractionType;
  source: string;
  target: string | null;
  /** ISO YYYY-MM-DD, or YYYY-MM when known only to the month; null when unknown. */
  date: string | null;
  topics: string[];
  evidence: string;
  /** Optional additions to the contract. */
  confidence?: number;
  modality?: Modality;
  /** 0-based index of the evidence sentence within the article body. */
  sentenceIndex?: number;
}

export interface ExtractedArticle {
  file: string;
  title: string | null;
  published: string | null;
  url: string | null;
  author?: string | null;
  outlet?: string | null;
  actors: ExtractedActor[];
  interactions: ExtractedInteraction[];
}

export interface ExtractionOutput {
  articles: ExtractedArticle[];
}
