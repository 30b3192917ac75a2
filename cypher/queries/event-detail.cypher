// API event panel: an event, its two sides, its topics and every report of
// it with the evidence sentence and the article it came from.
// @param id: event id
MATCH (e:Event {id: $id})
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
    confidence: r.confidence, modality: r.modality,
    article: art {.id, .title, .url, .file, .published, .outlet, .author}} END) AS reports
}
RETURN e {.id, .type, .cameo, .date, .modality, .confidence, .reportCount, .name,
          topics: coalesce(e.topics, [])} AS event, source, target, reports
