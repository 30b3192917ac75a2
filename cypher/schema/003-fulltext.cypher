// Full-text search (Neo4j Browser, the web page's search box):
//   CALL db.index.fulltext.queryNodes('actor_names', 'maliki') YIELD node, score
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];
CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (t:Topic) ON EACH [t.name];
