// The most central actors: degree centrality, i.e. the number of events an actor takes part in
// (as source or target; kept by the loader in Actor.eventCount, read in index order), with its
// number of direct interaction links to other actors.
// @param limit: how many actors to return (e.g. 20)
// Columns: actor, actorId, kind, events, asSource, asTarget, links
MATCH (a:Actor)
WHERE a.eventCount > 0
WITH a
ORDER BY a.eventCount DESC
LIMIT toInteger($limit)
RETURN a.name AS actor, a.id AS actorId, a.kind AS kind, a.eventCount AS events,
       COUNT { (a)<-[:SOURCE]-() } AS asSource, COUNT { (a)<-[:TARGET]-() } AS asTarget,
       COUNT { (a)-[:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]-() } AS links
ORDER BY events DESC, actor;
