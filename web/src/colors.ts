/** Colours of actor kinds (nodes) and interaction types (edges), shared by graph and legend. */
// One list of kinds and types for the whole project: the extraction contract's.
export { ACTOR_KINDS as KINDS, INTERACTION_TYPES as TYPES } from '../../src/extract/types.js';

export const KIND_COLORS: Record<string, string> = {
  person: '#e8590c',
  country: '#1971c2',
  organization: '#2f9e44',
  group: '#9c36b5',
};

export const TYPE_COLORS: Record<string, string> = {
  PHONE_CALL: '#4dabf7',
  MEETING: '#1c7ed6',
  VISIT: '#15aabf',
  STATEMENT: '#adb5bd',
  APPEAL: '#fab005',
  PROPOSAL: '#82c91e',
  SUPPORT: '#40c057',
  CRITICISM: '#f76707',
  AID: '#20c997',
  MEDIATION: '#7950f2',
  AGREEMENT: '#2b8a3e',
  ATTACK: '#e03131',
};

export const MUTED = '#e9ecef';
export const MUTED_EDGE = '#f1f3f5';

export const kindColor = (kind: string) => KIND_COLORS[kind] ?? '#868e96';
export const typeColor = (type: string) => TYPE_COLORS[type] ?? '#adb5bd';

/** "PHONE_CALL" → "phone call". */
export const typeLabel = (type: string) => type.toLowerCase().replace(/_/g, ' ');
