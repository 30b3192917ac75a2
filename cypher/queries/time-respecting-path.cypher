// A time-respecting chain of contacts about a topic between two actors: each hop is an
// interaction about the topic, dated, and on or after the previous hop. Hops in time order.
// Up to 3 shortest such chains of at most 6 hops.
// @param source: actor name, alias or id (case-insensitive) where the chain starts
// @param target: actor name, alias or id (case-insensitive) where it ends
// @param topic: topic name, lower-case (e.g. "ceasefire")
// Columns: length, start, end, hops: [{step, type, from, fromId, to, toId, eventId, date, topics,
//   evidence: [{sentence, title, url, file}] (up to 2)}]
MATCH (:ActorName {key: toLower(trim($source))})-[:NAMES]->(a:Actor)
MATCH (:ActorName {key: toLower(trim($target))})-[:NAMES]->(b:Actor)
WHERE a <> b
MATCH p = SHORTEST 3 (
  (a)(()-[r:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]-()
      WHERE r.dateFrom IS NOT NULL AND toLower(trim($topic)) IN r.topics){1,6}(b)
  WHERE all(i IN range(0, size(r) - 2) WHERE r[i + 1].dateTo >= r[i].dateFrom)
)
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS length, ns[0].name AS start, ns[-1].name AS end,
       [i IN range(0, size(rs) - 1) | {
         step: i + 1, type: type(rs[i]),
         from: ns[i].name, fromId: ns[i].id, to: ns[i + 1].name, toId: ns[i + 1].id,
         eventId: rs[i].eventId, date: rs[i].date, topics: rs[i].topics,
         evidence: [(ev:Event {id: rs[i].eventId})<-[:REPORTS]-(rep:Report)-[:IN_ARTICLE]->(x:Article) |
           {sentence: rep.evidence, title: x.title, url: x.url, file: x.file}][0..2]
       }] AS hops
ORDER BY length;
