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
// Events about the topic are read from the ABOUT (topic, day) index, in date order: a window
// becomes a range (an event's range starts at most 31 days before its end); undated (day
// 9999-12-31) only without a window.
WITH t,
  CASE WHEN $from IS NULL THEN date('0001-01-01') ELSE date($from) - duration('P31D') END AS lo,
  CASE WHEN $to IS NOT NULL THEN date($to) WHEN $from IS NOT NULL THEN date('9999-12-30')
       ELSE date('9999-12-31') END AS hi
CALL (t, lo, hi) {
  MATCH (e:Event)-[a:ABOUT]->(:Topic)
  WHERE a.topic = t.name AND a.day >= lo AND a.day <= hi
    AND e.targetId IS NOT NULL
    AND e.type IN ['PHONE_CALL', 'MEETING', 'STATEMENT', 'APPEAL', 'PROPOSAL']
    AND ($from IS NULL OR e.dateTo >= date($from))
    // A statement made in a call that is itself about the topic is shown inside the call.
    AND NOT EXISTS { (e)-[:PART_OF]->(:Event)-[:ABOUT]->(t) }
    AND NOT EXISTS { (e)<-[:REPORTS]-(:Report)-[:SAID_IN]->(:Report)-[:REPORTS]->(c:Event)-[:ABOUT]->(t) WHERE c <> e }
  WITH e, a.day AS day ORDER BY day LIMIT 500
  RETURN e, day, 0 AS part
  UNION
  MATCH (e:Event)-[a:ABOUT]->(:Topic)
  WHERE a.topic = t.name AND a.day >= lo AND a.day <= hi
    AND e.targetId IS NULL
    AND e.type IN ['STATEMENT', 'APPEAL', 'PROPOSAL', 'SUPPORT', 'CRITICISM']
    AND ($from IS NULL OR e.dateTo >= date($from))
  WITH e, a.day AS day ORDER BY day LIMIT 500
  RETURN e, day, 1 AS part
}
WITH t, e, part, day
ORDER BY part, day, e.id
LIMIT 500
MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(l:Actor)
WITH t, e, part, day, s, l,
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
  } AS found
RETURN s.name AS speaker, s.id AS speakerId, s.kind AS speakerKind,
       l.name AS listener, l.id AS listenerId, l.kind AS listenerKind, l IS NOT NULL AS hasListener,
       e.id AS eventId, e.type AS type, e.date AS date, e.topics AS topics,
       e.reportCount AS reportCount, saidIn,
       // One entry per sentence and article (two reports of one sentence cite it once).
       [i IN range(0, size(found) - 1)
        WHERE none(j IN range(0, i - 1) WHERE found[j].sentence = found[i].sentence AND found[j].articleId = found[i].articleId)
        | found[i]] AS evidence
ORDER BY part, day, eventId;
