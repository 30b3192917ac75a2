// Intermediaries between two actors: actors with a direct interaction (or role link) with both,
// ranked by how many links they have to the two. Up to 25. The search starts from whichever of
// the two has fewer links, so a very connected actor (a country) does not make it slow.
// @param source: actor name, alias or id (case-insensitive)
// @param target: actor name, alias or id (case-insensitive)
// Columns: intermediary, intermediaryId, intermediaryKind, withSource, withTarget,
//   sourceTypes, targetTypes (relationship types on each side), sourceEvents, targetEvents (up to 5 event ids each)
MATCH (:ActorName {key: toLower(trim($source))})-[:NAMES]->(a:Actor)
MATCH (:ActorName {key: toLower(trim($target))})-[:NAMES]->(b:Actor)
WHERE a <> b
WITH a, b, COUNT { (a)-[:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE]-() } <= COUNT { (b)-[:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE]-() } AS fromSource
WITH a, b, fromSource, CASE WHEN fromSource THEN a ELSE b END AS near, CASE WHEN fromSource THEN b ELSE a END AS far
MATCH (near)-[r1:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE]-(x:Actor)
WHERE x <> far AND x <> near
WITH a, b, fromSource, far, x, count(r1) AS nearCount,
     collect(DISTINCT type(r1)) AS nearTypes, [e IN collect(r1.eventId) WHERE e IS NOT NULL][0..5] AS nearEvents
MATCH (x)-[r2:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE]-(far)
WITH a, b, fromSource, x, nearCount, nearTypes, nearEvents, count(r2) AS farCount,
     collect(DISTINCT type(r2)) AS farTypes, [e IN collect(r2.eventId) WHERE e IS NOT NULL][0..5] AS farEvents
RETURN x.name AS intermediary, x.id AS intermediaryId, x.kind AS intermediaryKind,
       CASE WHEN fromSource THEN nearCount ELSE farCount END AS withSource,
       CASE WHEN fromSource THEN farCount ELSE nearCount END AS withTarget,
       CASE WHEN fromSource THEN nearTypes ELSE farTypes END AS sourceTypes,
       CASE WHEN fromSource THEN farTypes ELSE nearTypes END AS targetTypes,
       CASE WHEN fromSource THEN nearEvents ELSE farEvents END AS sourceEvents,
       CASE WHEN fromSource THEN farEvents ELSE nearEvents END AS targetEvents
ORDER BY withSource + withTarget DESC, intermediary
LIMIT 25;
