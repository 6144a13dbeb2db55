// The province build (bench/province): every node carrying $label, with each property's Cypher type,
// so the bulk import writes the same types back. Temporal values as ISO text, lists as they are.
MATCH (n)
WHERE $label IN labels(n)
RETURN elementId(n) AS eid, labels(n) AS labels,
  [k IN keys(n) | {k: k, t: valueType(n[k]), v: CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN n[k] ELSE toString(n[k]) END}] AS props
