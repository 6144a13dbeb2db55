// How many change sets there are.
MATCH (c:ChangeSet)
RETURN count(c) AS total
