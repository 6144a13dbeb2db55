// SIMILAR_NAME, scoped (issue 6's impact): the key of every power item in $categories, the input
// of the name index (similar-name-index.ts) that finds the items similar to those in scope.
MATCH (i:PowerItem)
USING INDEX i:PowerItem(category)
WHERE i.category IN $categories
RETURN i.category AS category, i.key AS key
