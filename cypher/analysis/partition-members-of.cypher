// The organizations of the partitions $partitions (division codes), one row per division that
// exists: what the change sets since the last look named as affected
// (analysis/partition-changes-since), read again instead of the whole map (analysis/partition-map),
// so that a change costs the same in a province as in a city. A partition without a row has no
// organizations now. The organizations with no known division (partition '') are never asked for
// here: a change that touches one reads the whole map again.
UNWIND $partitions AS partition
MATCH (d:AdminDivision {code: partition})
RETURN partition, COLLECT {
  MATCH (d)<-[:IN_DIVISION]-(o:Organization)
  RETURN o.id
} AS organizationIds
