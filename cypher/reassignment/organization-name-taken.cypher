// Whether an organization with this name key exists (a merge into a new organization needs a new name).
OPTIONAL MATCH (o:Organization {nameKey: $nameKey})
RETURN o.id AS id
