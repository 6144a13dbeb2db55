// Organizations of these types (every street office, every township government) active on $asOf,
// optionally only those within division $divisionCode: what 各街道 / 各乡镇 stand for.
MATCH (o:Organization)
WHERE o.orgType IN $orgTypes
  AND {{activeOrganization o date($asOf)}}
  AND ($divisionCode IS NULL OR EXISTS {
    MATCH (o)-[:IN_DIVISION]->(:AdminDivision)-[:PART_OF*0..10]->(:AdminDivision {code: $divisionCode})
  })
RETURN o.nameKey AS nameKey, o.name AS name, o.orgType AS orgType
