// Township duty items (乡镇履职事项): identity by id.
CREATE CONSTRAINT township_duty_item_id IF NOT EXISTS FOR (d:TownshipDutyItem) REQUIRE d.id IS UNIQUE;
