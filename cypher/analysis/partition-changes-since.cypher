// The change sets appended after sequence number $seq (an index seek on the unique seq), with the
// partitions each one affects (written with it: analysis/change-set-partitions). A change set
// without them (written before issue 13) affects every partition.
MATCH (c:ChangeSet)
WHERE c.seq > $seq
RETURN c.seq AS seq, c.analysisPartitions AS partitions
ORDER BY seq
