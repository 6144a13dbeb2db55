// The province build (bench/province): every relationship of type $type with its ends and typed properties.
MATCH (a)-[r]->(b)
WHERE type(r) = $type
RETURN elementId(a) AS start, elementId(b) AS end,
  [k IN keys(r) | {k: k, t: valueType(r[k]), v: CASE WHEN valueType(r[k]) STARTS WITH 'LIST' THEN r[k] ELSE toString(r[k]) END}] AS props
