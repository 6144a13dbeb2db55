// A Provision as law/find-provisions-by-ids projects it.
.id, .article, .articleSuffix, .paragraph, .item, .text, .chapter, .articleTo,
versionId: head([(__self__)-[:OF_VERSION]->(__version__:LegalVersion) | __version__.id]),
lawId: head([(__self__)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(__law__:LegalDocument) | __law__.id])
