// A time-respecting chain of contacts about a topic between two actors: each hop is a dated
// interaction about the topic, on or after the previous hop (hop by hop in time order), at most
// 4 hops. Meet in the middle: the earliest arrival at each actor within 2 hops of the source, the
// latest departure from each actor within 2 hops of the target; a chain exists through an actor
// reached no later than it can leave. Returns the chain with the fewest hops, then the earliest
// arrival. No row when there is none.
// @param source: actor name, alias or id (case-insensitive) where the chain starts
// @param target: actor name, alias or id (case-insensitive) where it ends
// @param topic: topic name, lower-case (e.g. "ceasefire")
// Columns: length, start, end, arrival (date of the last hop), hops: [{step, type, from, fromId, to,
//   toId, eventId, date, topics, evidence: [{sentence, title, url, file}] (up to 2)}]
MATCH (:ActorName {key: toLower(trim($source))})-[:NAMES]->(a:Actor)
MATCH (:ActorName {key: toLower(trim($target))})-[:NAMES]->(b:Actor)
WHERE a <> b
WITH a, b, toLower(trim($topic)) AS topic
LIMIT 1
// Forward: earliest arrival at each actor, 1 then 2 hops from the source.
CALL (a, topic) {
  MATCH (a)-[r:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]-(x:Actor)
  WHERE topic IN r.topics AND r.dateFrom IS NOT NULL
  WITH x, r ORDER BY r.dateFrom, r.eventId
  WITH x, head(collect(r)) AS r
  RETURN collect({node: x, t: r.dateFrom, hops: [r], nodes: [a, x]}) AS f1
}
CALL (a, b, topic, f1) {
  UNWIND [s IN f1 WHERE s.node <> b] AS s
  WITH s, s.node AS n
  MATCH (n)-[r:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]-(x:Actor)
  WHERE topic IN r.topics AND r.dateTo >= s.t AND x <> a
  WITH s, r, x, CASE WHEN r.dateFrom > s.t THEN r.dateFrom ELSE s.t END AS t
  ORDER BY t, r.eventId
  WITH x, head(collect({node: x, t: t, hops: s.hops + [r], nodes: s.nodes + [x]})) AS best
  RETURN collect(best) AS f2
}
// Backward: latest departure from each actor, 1 then 2 hops before the target.
CALL (b, topic) {
  MATCH (z:Actor)-[r:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]-(b)
  WHERE topic IN r.topics AND r.dateFrom IS NOT NULL
  WITH z, r ORDER BY r.dateTo DESC, r.eventId
  WITH z, head(collect(r)) AS r
  RETURN collect({node: z, t: r.dateTo, hops: [r], nodes: [z, b]}) AS g1
}
CALL (a, b, topic, g1) {
  UNWIND [s IN g1 WHERE s.node <> a] AS s
  WITH s, s.node AS n
  MATCH (w:Actor)-[r:PHONE_CALL|MEETING|VISIT|STATEMENT|APPEAL|PROPOSAL|SUPPORT|CRITICISM|AID|MEDIATION|AGREEMENT|ATTACK]-(n)
  WHERE topic IN r.topics AND r.dateFrom <= s.t AND w <> b
  WITH s, r, w, CASE WHEN r.dateTo < s.t THEN r.dateTo ELSE s.t END AS t
  ORDER BY t DESC, r.eventId
  WITH w, head(collect({node: w, t: t, hops: [r] + s.hops, nodes: [w] + s.nodes})) AS best
  RETURN collect(best) AS g2
}
// Meet: forward part ending at m (or m = source), backward part starting at m (or m = target).
WITH [{node: a, t: date('0001-01-01'), hops: [], nodes: [a]}] + f1 + f2 AS F,
     [{node: b, t: date('9999-12-31'), hops: [], nodes: [b]}] + g1 + g2 AS G
WITH F, G, [g IN G | g.node] AS gNodes
UNWIND F AS f
WITH f, G WHERE f.node IN gNodes
UNWIND [g IN G WHERE g.node = f.node AND f.t <= g.t] AS g
WITH f, g, size(f.hops) + size(g.hops) AS length
WHERE length > 0 AND size([n IN f.nodes WHERE n IN g.nodes]) = 1
WITH f.hops + g.hops AS rs, f.nodes + g.nodes[1..] AS ns, length
ORDER BY length, CASE WHEN size(g.hops) = 0 THEN f.t ELSE rs[-1].dateFrom END
LIMIT 1
WITH rs, ns,
     reduce(t = date('0001-01-01'), r IN rs | CASE WHEN r.dateFrom > t THEN r.dateFrom ELSE t END) AS arrival
RETURN size(rs) AS length, ns[0].name AS start, ns[-1].name AS end, toString(arrival) AS arrival,
       [i IN range(0, size(rs) - 1) | {
         step: i + 1, type: type(rs[i]),
         from: ns[i].name, fromId: ns[i].id, to: ns[i + 1].name, toId: ns[i + 1].id,
         eventId: rs[i].eventId, date: rs[i].date, topics: rs[i].topics,
         evidence: [(ev:Event {id: rs[i].eventId})<-[:REPORTS]-(rep:Report)-[:IN_ARTICLE]->(x:Article) |
           {sentence: rep.evidence, title: x.title, url: x.url, file: x.file}][0..2]
       }] AS hops;
