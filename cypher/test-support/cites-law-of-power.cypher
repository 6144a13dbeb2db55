// Test support: a row's CITES_LAW relationships, in citation order.
MATCH (:Power {id: $powerId})-[c:CITES_LAW]->(l:LegalDocument)
RETURN l.id AS lawId, c.role AS role, c.order AS order, c.article AS article, c.articleSuffix AS articleSuffix
ORDER BY c.order
