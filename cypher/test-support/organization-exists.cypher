MATCH (o:Organization {nameKey: $nameKey})
RETURN count(o) AS n
