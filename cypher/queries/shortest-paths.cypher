// Shortest paths between two actors through interactions (and roles: person → country or
// organisation), optionally only through given relationship types. Up to 25 paths of at most 6 hops.
// @param source: actor name, alias or id (case-insensitive), e.g. "Lin Jian"
// @param target: actor name, alias or id (case-insensitive), e.g. "Eli Cohen"
// @param types: list of relationship types allowed on the path, e.g. ['PHONE_CALL', 'MEETING'], or null for all
// Columns: length, nodes: [{id, name, kind}], hops: [{type, from, to, eventId, date, topics,
//   title (role title for HOLDS_ROLE), evidence: [{sentence, title, url, file}] (up to 2)}]
MATCH (:ActorName {key: toLower(trim($source))})-[:NAMES]->(a:Actor)
MATCH (:ActorName {key: toLower(trim($target))})-[:NAMES]->(b:Actor)
WHERE a <> b
MATCH p = allShortestPaths((a)-[:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK|HOLDS_ROLE*..6]-(b))
// A predicate on each relationship (not on the whole path) lets the search apply it while expanding.
WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
WITH p LIMIT 25
RETURN length(p) AS length,
       [n IN nodes(p) | {id: n.id, name: n.name, kind: n.kind}] AS nodes,
       [r IN relationships(p) | {
         type: type(r), from: startNode(r).name, to: endNode(r).name,
         eventId: r.eventId, date: r.date, topics: r.topics, title: r.title,
         evidence: [(ev:Event {id: r.eventId})<-[:REPORTS]-(rep:Report)-[:IN_ARTICLE]->(x:Article) |
           {sentence: rep.evidence, title: x.title, url: x.url, file: x.file}][0..2]
       }] AS hops
ORDER BY length;
