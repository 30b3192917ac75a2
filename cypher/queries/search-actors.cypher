// API search: actors whose name or an alias matches a Lucene query on the
// full-text index 'actor_names', best first; equal scores go to the actor
// taking part in more events (the one users most likely mean).
// @param query: a Lucene query (the API escapes user text and adds prefix wildcards)
// @param kinds: actor kinds to keep (list, empty = all)
// @param limit: most hits returned
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: 200}) YIELD node, score
WHERE node:Actor AND (size($kinds) = 0 OR node.kind IN $kinds)
WITH node, score, COUNT { (node)<-[:SOURCE|TARGET]-() } AS events
ORDER BY score DESC, events DESC, node.name
LIMIT $limit
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases,
       score, events
