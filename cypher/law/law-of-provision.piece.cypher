// Provision.law.
COLLECT { MATCH (__self__)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(__child__:LegalDocument) RETURN __child__ { __projection__ } }
