// Responsibilities of powers, for the DataLoader, in order.
UNWIND $ids AS id
MATCH (:Power {id: id})-[:HAS_RESPONSIBILITY]->(r:Responsibility)
WITH id, r
ORDER BY r.order
RETURN id AS powerId, r {.order, .stage, .group, .text} AS responsibility
