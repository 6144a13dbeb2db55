// An organization's id by its name key (bench/analysis.ts: the successor of an impact plan).
MATCH (o:Organization {nameKey: $name})
RETURN o.id AS id
