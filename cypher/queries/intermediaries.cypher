// Intermediaries between two actors: actors with a direct interaction (or role link) with both,
// ranked by how many links they have to the two. Up to 25.
// @param source: actor name, alias or id (case-insensitive)
// @param target: actor name, alias or id (case-insensitive)
// Columns: intermediary, intermediaryId, intermediaryKind, withSource, withTarget,
//   sourceTypes, targetTypes (relationship types on each side), sourceEvents, targetEvents (up to 5 event ids each)
MATCH (:ActorName {key: toLower(trim($source))})-[:NAMES]->(a:Actor)
MATCH (:ActorName {key: toLower(trim($target))})-[:NAMES]->(b:Actor)
WHERE a <> b
MATCH (a)-[r1:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE]-(x:Actor)
WHERE x <> b AND x <> a
WITH a, b, x, collect(r1) AS r1s
MATCH (x)-[r2:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE]-(b)
WITH x, r1s, collect(r2) AS r2s
RETURN x.name AS intermediary, x.id AS intermediaryId, x.kind AS intermediaryKind,
       size(r1s) AS withSource, size(r2s) AS withTarget,
       COLLECT { UNWIND r1s AS r RETURN DISTINCT type(r) } AS sourceTypes,
       COLLECT { UNWIND r2s AS r RETURN DISTINCT type(r) } AS targetTypes,
       [r IN r1s WHERE r.eventId IS NOT NULL | r.eventId][0..5] AS sourceEvents,
       [r IN r2s WHERE r.eventId IS NOT NULL | r.eventId][0..5] AS targetEvents
ORDER BY withSource + withTarget DESC, intermediary
LIMIT 25;
