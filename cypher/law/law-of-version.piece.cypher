// LegalVersion.law.
COLLECT { MATCH (__self__)-[:OF]->(__child__:LegalDocument) RETURN __child__ { __projection__ } }
