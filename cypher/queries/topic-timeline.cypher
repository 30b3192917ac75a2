// The timeline of a topic: events about it in date order (undated last), with participants,
// report counts and up to 2 evidence sentences each. Up to 500 events (read in the order of the
// ABOUT (topic, day) index).
// @param topic: topic name, lower-case (e.g. "ceasefire")
// Columns: date, eventId, type, source, sourceId, target, targetId, topics, reportCount,
//   evidence: [{sentence, title, url, file, published}]
MATCH (e:Event)-[a:ABOUT]->(:Topic)
WHERE a.topic = toLower(trim($topic)) AND a.day >= date('0001-01-01')
WITH e, a.day AS day
ORDER BY day
LIMIT 500
MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(o:Actor)
RETURN e.date AS date, e.id AS eventId, e.type AS type,
       s.name AS source, s.id AS sourceId, o.name AS target, o.id AS targetId,
       e.topics AS topics, e.reportCount AS reportCount,
       [(e)<-[:REPORTS]-(r:Report)-[:IN_ARTICLE]->(x:Article) |
         {sentence: r.evidence, title: x.title, url: x.url, file: x.file, published: toString(x.published)}][0..2] AS evidence
ORDER BY day, eventId;
