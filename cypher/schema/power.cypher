// Powers: identity by id; identityKey (stable across re-publications), code and name for lookups.
CREATE CONSTRAINT power_id IF NOT EXISTS FOR (p:Power) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT power_item_key IF NOT EXISTS FOR (i:PowerItem) REQUIRE i.key IS UNIQUE;
CREATE INDEX power_identity_key IF NOT EXISTS FOR (p:Power) ON (p.identityKey);
CREATE INDEX power_code IF NOT EXISTS FOR (p:Power) ON (p.code);
// The normalised code (事项编码): search by code, duplicate codes.
CREATE INDEX power_code_key IF NOT EXISTS FOR (p:Power) ON (p.codeKey);
CREATE INDEX power_name IF NOT EXISTS FOR (p:Power) ON (p.name);
