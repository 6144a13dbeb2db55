// Provision.version.
COLLECT { MATCH (__self__)-[:OF_VERSION]->(__child__:LegalVersion)-[:OF]->(:LegalDocument) RETURN __child__ { __projection__ } }
