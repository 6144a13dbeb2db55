// The statement of a compiled read with one root field reading objects (src/db/statement-shape.ts):
// a row per object, each a Bolt message of its own. 单一根字段时每个对象一行。
UNWIND __projection__ AS row
RETURN row
