// Laws: documents, their versions (catalog ids) and provisions, each unique by id.
CREATE CONSTRAINT legal_document_id IF NOT EXISTS FOR (l:LegalDocument) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT legal_version_id IF NOT EXISTS FOR (v:LegalVersion) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (p:Provision) REQUIRE p.id IS UNIQUE;
