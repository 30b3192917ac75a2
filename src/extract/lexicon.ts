/**
 * Word lists of the extractor: title words (for "Foreign Minister X"),
 * head nouns that make a demonym stand for its country ("Israeli leaders"),
 * and closed classes used by the clause heuristics.
 */

/** Words that may form a person's title (lower-case). */
export const TITLE_WORDS = new Set(
  (
    'foreign minister ministers prime president vice premier secretary general secretary-general ' +
    'spokesperson spokesman spokeswoman ambassador envoy special representative permanent ' +
    'chancellor king queen prince crown emir sheikh senator sen rep leader majority minority ' +
    'speaker house senate advisor adviser national security director director-general chairman ' +
    'chair chairwoman chief commander governor mayor deputy first state councilor councillor ' +
    'counselor counsellor defense defence affairs external interior finance trade head coordinator ' +
    'commissioner high top diplomat official ministry member congressman congresswoman lawmaker ' +
    'assistant undersecretary under consul consul-general senior supreme military staff joint ' +
    'chiefs political bureau central commission committee office counterpart counterparts ' +
    'acting former principal executive white chargé charge administrator justice attorney ' +
    'commerce economy economic energy health education defense-minister army navy air force ' +
    'cabinet party spokespersons envoys representatives ministers officials vice-president ' +
    'vice-premier minister-counselor presidents premiers chancellors ambassadors secretaries ' +
    'senators leaders dictator strongman autocrat ruler monarch treasury commerce climate ' +
    'presidential homeland transport agriculture culture labour labor'
  ).split(/\s+/),
);

/** Connectors allowed inside a title ("Minister of Foreign Affairs"). */
export const TITLE_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on']);

/** Words that can end a title (its head noun). */
export const TITLE_HEADS = new Set(
  (
    'minister president premier secretary secretary-general spokesperson spokesman spokeswoman ' +
    'ambassador envoy representative chancellor king queen prince emir sheikh senator sen rep ' +
    'leader speaker advisor adviser director director-general chairman chair chairwoman chief ' +
    'commander governor mayor councilor councillor counselor counsellor diplomat coordinator ' +
    'commissioner head official congressman congresswoman lawmaker consul consul-general ' +
    'counterpart administrator vice-president vice-premier affairs general ministry embassy ' +
    'dictator strongman ruler monarch autocrat presidents leaders ministers'
  ).split(/\s+/),
);

/** Nouns after a demonym that make it stand for the country ("the Israeli side"). */
export const COUNTRY_HEADS = new Set(
  (
    'side sides government governments leaders leader leadership officials official authorities ' +
    'delegation delegations diplomats negotiators forces troops administration ' +
    'regime parties'
  ).split(/\s+/),
);

/** Titles that mean "the foreign minister" of a country. */
export const FOREIGN_MINISTER_TITLES = [
  'foreign minister',
  'minister of foreign affairs',
  'secretary of state',
  'foreign secretary',
  'external affairs minister',
  'top diplomat',
  'director of the office of the central foreign affairs commission',
];

/** Prepositions that put a following mention inside a prepositional phrase. */
export const PREPOSITIONS = new Set(
  (
    'with to of between on from for by against in at toward towards among across over into about ' +
    'upon amid including after before during like than via within without under'
  ).split(/\s+/),
);

/** Words skipped between a preposition and its mention ("with the", "to his"). */
export const DETERMINERS = new Set(
  'the a an his her its their both all key other several senior top mr mrs ms dr mr. mrs. ms. dr.'.split(
    /\s+/,
  ),
);

/** Capitalised words that are not names. */
export const NOT_NAME = new Set(
  (
    'the a an in on at as by for from of to and but or if while when after before since during ' +
    'this that these those he she it they we i his her its their our meanwhile however moreover ' +
    'earlier later last next monday tuesday wednesday thursday friday saturday sunday january ' +
    'february march april may june july august september october november december mr mrs ms dr ' +
    'according also yet still both all some many most every each no not there here what which who ' +
    'whose where why how said told reporting editing read more photo file however thus then ' +
    'analysts officials leaders state media news agency times reuters xinhua bloomberg television ' +
    'ap afp east west north south middle bank strip gaza jerusalem temple mount international ' +
    'council united nations chinese africa europe asia america americas middle horn gulf pacific ' +
    'atlantic latin caribbean balkans sahel arctic eurasia image source follow'
  ).split(/\s+/),
);

/** Lower-case subject nouns that are not actors: a verb right after them has no actor subject. */
export const NON_ACTOR_SUBJECTS = new Set(
  (
    'media newspaper newspapers agency outlet analysts observers experts reports report sources ' +
    'source they it this these those statement readout people critics residents witnesses officials ' +
    'diplomats spokesperson spokesman spokeswoman paper website broadcaster channel tabloid'
  ).split(/\s+/),
);

/** Plural phrases standing for the two parties in context. */
export const PLURAL_PHRASES = [
  'both sides',
  'the two sides',
  'both countries',
  'the two countries',
  'both parties',
  'the two parties',
  'both leaders',
  'the two leaders',
  'the two ministers',
  'both governments',
  'the two governments',
  'the two nations',
  'both nations',
  'the two presidents',
  'the two men',
  'both officials',
  'the two officials',
  'both ministers',
  'the three ministers',
  'the three foreign ministers',
  'the two neighbours',
  'the two neighbors',
  'both neighbours',
  'both neighbors',
];
