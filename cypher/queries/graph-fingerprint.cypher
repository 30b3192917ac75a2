// API cache validity: counts that change whenever the graph is written
// (articles, actors, events, reports, relationships), read from Neo4j's
// count store, so checking costs about a millisecond. The API drops its
// cached answers when the fingerprint changes.
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Report) RETURN count(n) AS reports }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN articles, actors, events, reports, relationships
