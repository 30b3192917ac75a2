// API graph view with a lower date bound: the same rows as graph-view-edges,
// found through the Event date index instead of scanning every typed
// relationship. An event's date range is at most a month long, so events
// overlapping [$from, $to] start at most 31 days before $from.
// @param types: interaction types to keep (list, empty = all)
// @param topics: keep events with at least one of these topics (list, empty = all)
// @param kinds: actor kinds both ends must have (list, empty = all)
// @param from: first day 'YYYY-MM-DD' (required here)
// @param to: last day 'YYYY-MM-DD' or null
// @param limit: most relationships returned (most recent first)
MATCH (e:Event)
WHERE e.dateFrom >= date($from) - duration('P31D')
  AND ($to IS NULL OR e.dateFrom <= date($to))
  AND e.dateTo >= date($from)
  AND e.targetId IS NOT NULL
  AND (size($types) = 0 OR e.type IN $types)
  AND (size($topics) = 0 OR any(t IN coalesce(e.topics, []) WHERE t IN $topics))
MATCH (a:Actor {id: e.sourceId})
MATCH (b:Actor {id: e.targetId})
WHERE size($kinds) = 0 OR (a.kind IN $kinds AND b.kind IN $kinds)
RETURN e.id AS id, a.id AS source, b.id AS target, e.type AS type, e.date AS date,
       coalesce(e.topics, []) AS topics
ORDER BY e.date DESC
LIMIT $limit
