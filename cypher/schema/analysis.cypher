// Analysis (issue 5): the indexes the overlap and authority statements start from.
CREATE INDEX power_item_category IF NOT EXISTS FOR (i:PowerItem) ON (i.category);
CREATE INDEX admin_division_level IF NOT EXISTS FOR (d:AdminDivision) ON (d.level);
CREATE INDEX based_on_role IF NOT EXISTS FOR ()-[b:BASED_ON]-() ON (b.role);
