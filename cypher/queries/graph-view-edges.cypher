// API graph view: the direct typed relationships between actors (one per
// event with a target), filtered. Empty lists mean "no filter". Dates are
// ranges (dateFrom..dateTo: a month-only date covers its month), kept when
// they overlap [$from, $to]; undated relationships are left out as soon as a
// date bound is given.
// @param types: interaction types to keep (list, empty = all)
// @param topics: keep relationships with at least one of these topics (list, empty = all)
// @param kinds: actor kinds both ends must have (list, empty = all)
// @param from: first day 'YYYY-MM-DD' or null
// @param to: last day 'YYYY-MM-DD' or null
// @param limit: most relationships returned (most recent first)
MATCH (a:Actor)-[r:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]->(b:Actor)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (size($kinds) = 0 OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND (size($topics) = 0 OR any(t IN coalesce(r.topics, []) WHERE t IN $topics))
  AND ($from IS NULL OR r.dateTo >= date($from))
  AND ($to IS NULL OR r.dateFrom <= date($to))
RETURN coalesce(r.eventId, elementId(r)) AS id, a.id AS source, b.id AS target, type(r) AS type,
       r.date AS date, coalesce(r.topics, []) AS topics
ORDER BY r.date DESC
LIMIT $limit
