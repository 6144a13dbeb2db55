// The province build's check (bench/province/samples.ts): nodes of $label whose $key is one of
// $values, with typed properties as cypher/bench/export-nodes.cypher reads them. $label and $key
// come from the graph's own labels and a fixed list, never from user text.
MATCH (n:$($label))
WHERE n[$key] IN $values
RETURN n[$key] AS value,
  [k IN keys(n) | {k: k, t: valueType(n[k]), v: CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN n[k] ELSE toString(n[k]) END}] AS props
