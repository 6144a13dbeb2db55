// Findings (issue 5): the scans that start from a mode or a list kind seek these instead of
// scanning every row of the label.
CREATE INDEX enforcement_item_mode IF NOT EXISTS FOR (e:EnforcementItem) ON (e.mode);
CREATE INDEX township_duty_item_list_kind IF NOT EXISTS FOR (d:TownshipDutyItem) ON (d.listKind);
