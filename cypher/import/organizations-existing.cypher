// Which of these organization name keys already exist.
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})
RETURN o.nameKey AS nameKey
