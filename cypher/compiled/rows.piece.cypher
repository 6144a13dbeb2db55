// The statement of a compiled read with one root field reading objects (src/db/statement-shape.ts):
// a row per object, each a Bolt message of its own. The list is bound by WITH before UNWIND: Neo4j
// refuses an aggregation inside a subquery written in UNWIND's own expression (search ranks its
// candidates with collect and max). 单一根字段时每个对象一行。
WITH __projection__ AS rows
UNWIND rows AS row
RETURN row
