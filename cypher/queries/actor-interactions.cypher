// All interactions of an actor in a date window, newest first: each event with the other
// participant, the actor's side (source or target), topics and up to 3 evidence sentences.
// @param actor: actor name, alias or id (case-insensitive), e.g. "Wang Yi"
// @param from: first day of the window, 'YYYY-MM-DD', or null (undated events are shown only without a window)
// @param to: last day of the window, 'YYYY-MM-DD', or null
// Columns: actor, actorId, actorKind, role ('source' | 'target'), eventId, type, cameo, date, topics,
//   modality, confidence, reportCount, other, otherId, otherKind,
//   evidence: [{sentence, title, url, file, published}]
MATCH (:ActorName {key: toLower(trim($actor))})-[:NAMES]->(a:Actor)
MATCH (a)<-[side:SOURCE|TARGET]-(e:Event)
WHERE ($from IS NULL OR e.dateTo >= date($from))
  AND ($to IS NULL OR e.dateFrom <= date($to))
WITH a, side, e
ORDER BY e.dateFrom DESC, e.id
LIMIT 500
OPTIONAL MATCH (e)-[:SOURCE|TARGET]->(o:Actor) WHERE o <> a
RETURN a.name AS actor, a.id AS actorId, a.kind AS actorKind,
       CASE type(side) WHEN 'SOURCE' THEN 'source' ELSE 'target' END AS role,
       e.id AS eventId, e.type AS type, e.cameo AS cameo, e.date AS date, e.topics AS topics,
       e.modality AS modality, e.confidence AS confidence, e.reportCount AS reportCount,
       o.name AS other, o.id AS otherId, o.kind AS otherKind,
       [(e)<-[:REPORTS]-(r:Report)-[:IN_ARTICLE]->(x:Article) |
         {sentence: r.evidence, title: x.title, url: x.url, file: x.file, published: toString(x.published)}][0..3] AS evidence
ORDER BY e.dateFrom DESC, eventId;
