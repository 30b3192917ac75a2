// Who spoke to whom about a topic: pairs of actors in a phone call, meeting, or addressed
// statement/appeal/proposal about the topic (a call is about what was said in it), each with the
// event and its evidence sentences; then, apart (listener = null, hasListener = false), actors who
// raised the topic with no listener. Pairs first, each part in date order (undated last); up to 500.
// @param topic: topic name, lower-case (e.g. "peace conference")
// @param from: first day of the window, 'YYYY-MM-DD', or null for no lower bound
// @param to: last day of the window, 'YYYY-MM-DD', or null for no upper bound
// Columns: speaker, speakerId, speakerKind, listener, listenerId, listenerKind, hasListener,
//   eventId, type, date, topics, reportCount, saidIn (for rows without listener: the call or meeting
//   it was said in, when the article places it inside one, else null),
//   evidence: [{sentence, kind ('event': reports the event | 'said': what was said in it about the
//   topic), reportId, articleId, title, url, file, published}]
MATCH (t:Topic {name: toLower(trim($topic))})
CALL (t) {
  MATCH (t)<-[:ABOUT]-(e:Event)
  WHERE e.targetId IS NOT NULL
    AND e.type IN ['PHONE_CALL', 'MEETING', 'STATEMENT', 'APPEAL', 'PROPOSAL']
    AND ($from IS NULL OR e.dateTo >= date($from))
    AND ($to IS NULL OR e.dateFrom <= date($to))
    // A statement made in a call that is itself about the topic is shown inside the call.
    AND NOT EXISTS { (e)-[:PART_OF]->(:Event)-[:ABOUT]->(t) }
    AND NOT EXISTS { (e)<-[:REPORTS]-(:Report)-[:SAID_IN]->(:Report)-[:REPORTS]->(c:Event)-[:ABOUT]->(t) WHERE c <> e }
  RETURN e, 0 AS part
  UNION
  MATCH (t)<-[:ABOUT]-(e:Event)
  WHERE e.targetId IS NULL
    AND e.type IN ['STATEMENT', 'APPEAL', 'PROPOSAL', 'SUPPORT', 'CRITICISM']
    AND ($from IS NULL OR e.dateTo >= date($from))
    AND ($to IS NULL OR e.dateFrom <= date($to))
  RETURN e, 1 AS part
}
WITH t, e, part
ORDER BY part, e.dateFrom IS NULL, e.dateFrom, e.id
LIMIT 500
MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(l:Actor)
WITH t, e, part, s, l,
  CASE WHEN part = 1
    THEN head(COLLECT { MATCH (e)<-[:REPORTS]-(:Report)-[:SAID_IN]->(:Report)-[:REPORTS]->(c:Event) RETURN DISTINCT c.id })
  END AS saidIn,
  COLLECT {
    MATCH (r:Report)-[:REPORTS]->(e) MATCH (r)-[:IN_ARTICLE]->(a:Article)
    RETURN {sentence: r.evidence, kind: 'event', reportId: r.id, articleId: a.id, title: a.title, url: a.url, file: a.file, published: toString(a.published)} AS ev
    UNION
    MATCH (e)<-[:REPORTS]-(:Report)<-[:SAID_IN]-(r:Report) WHERE t.name IN r.topics
    MATCH (r)-[:IN_ARTICLE]->(a:Article)
    RETURN {sentence: r.evidence, kind: 'said', reportId: r.id, articleId: a.id, title: a.title, url: a.url, file: a.file, published: toString(a.published)} AS ev
    UNION
    MATCH (e)<-[:PART_OF]-(:Event)<-[:REPORTS]-(r:Report) WHERE t.name IN r.topics
    MATCH (r)-[:IN_ARTICLE]->(a:Article)
    RETURN {sentence: r.evidence, kind: 'said', reportId: r.id, articleId: a.id, title: a.title, url: a.url, file: a.file, published: toString(a.published)} AS ev
  } AS evidence
RETURN s.name AS speaker, s.id AS speakerId, s.kind AS speakerKind,
       l.name AS listener, l.id AS listenerId, l.kind AS listenerKind, l IS NOT NULL AS hasListener,
       e.id AS eventId, e.type AS type, e.date AS date, e.topics AS topics,
       e.reportCount AS reportCount, saidIn,
       evidence
ORDER BY part, e.dateFrom IS NULL, e.dateFrom, eventId;
