// Lenient items (包容审慎监管事项): identity by id.
CREATE CONSTRAINT lenient_item_id IF NOT EXISTS FOR (l:LenientItem) REQUIRE l.id IS UNIQUE;
