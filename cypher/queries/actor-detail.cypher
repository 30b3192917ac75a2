// API actor panel: an actor, its roles, and its most recent events with the
// other side, each event's reports (evidence sentence) and their articles.
// @param id: actor id
// @param limit: most events returned (most recent first)
MATCH (a:Actor {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[h:HOLDS_ROLE]->(o:Actor)
  WITH h, o ORDER BY h.from
  RETURN collect(CASE WHEN h IS NULL THEN null
    ELSE {title: h.title, from: h.from, to: h.to, at: {id: o.id, name: o.name, kind: o.kind}} END) AS roles
}
CALL (a) {
  RETURN COUNT { (a)<-[:SOURCE|TARGET]-() } AS eventCount
}
CALL (a) {
  OPTIONAL MATCH (e:Event)-[:SOURCE|TARGET]->(a)
  WITH DISTINCT e
  ORDER BY e.date IS NULL, e.date DESC, e.id
  LIMIT $limit
  CALL (e) {
    OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
    OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
    RETURN head(collect(DISTINCT s {.id, .name, .kind})) AS source,
           head(collect(DISTINCT t {.id, .name, .kind})) AS target
  }
  CALL (e) {
    OPTIONAL MATCH (r:Report)-[:REPORTS]->(e)
    OPTIONAL MATCH (r)-[:IN_ARTICLE]->(art:Article)
    WITH r, art ORDER BY art.published, r.sentenceIndex
    RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: r.id, evidence: r.evidence, date: r.date,
      article: art {.id, .title, .url, .file, .published, .outlet}} END) AS reports
  }
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, type: e.type, date: e.date,
    topics: coalesce(e.topics, []), modality: e.modality, confidence: e.confidence,
    source: source, target: target, reports: reports} END) AS events
}
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, [])} AS actor, roles, eventCount, events
