// The most central actors: degree centrality, i.e. the number of events an actor takes part in
// (as source or target), with its number of direct interaction links to other actors.
// @param limit: how many actors to return (e.g. 20)
// Columns: actor, actorId, kind, events, asSource, asTarget, links
MATCH (a:Actor)
WITH a, COUNT { (a)<-[:SOURCE]-() } AS asSource, COUNT { (a)<-[:TARGET]-() } AS asTarget
ORDER BY asSource + asTarget DESC, a.name
LIMIT toInteger($limit)
RETURN a.name AS actor, a.id AS actorId, a.kind AS kind, asSource + asTarget AS events,
       asSource, asTarget, COUNT { (a)-[:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]-() } AS links
ORDER BY events DESC, actor;
