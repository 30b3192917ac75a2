// API graph view: the actors to draw. With $ids null, every actor of the
// given kinds (isolated ones too); with a list, just those actors (the ends
// of the relationships kept by graph-view-edges).
// @param kinds: actor kinds to keep (list, empty = all)
// @param ids: actor ids to return, or null for all
MATCH (a:Actor)
WHERE ($ids IS NULL OR a.id IN $ids)
  AND (size($kinds) = 0 OR a.kind IN $kinds)
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
