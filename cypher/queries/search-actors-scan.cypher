// API search without the full-text index (fallback): every word must occur
// (case-insensitive) in the name or in one alias; names starting with the
// first word rank first, then shorter names.
// @param words: lower-case words to find
// @param kinds: actor kinds to keep (list, empty = all)
// @param limit: most hits returned
MATCH (node:Actor)
WHERE (size($kinds) = 0 OR node.kind IN $kinds)
  AND (all(w IN $words WHERE toLower(node.name) CONTAINS w)
       OR any(al IN coalesce(node.aliases, []) WHERE all(w IN $words WHERE toLower(al) CONTAINS w)))
WITH node, CASE WHEN toLower(node.name) STARTS WITH $words[0] THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, size(node.name), node.name
LIMIT $limit
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases,
       score, COUNT { (node)<-[:SOURCE|TARGET]-() } AS events
