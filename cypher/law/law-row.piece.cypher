// A LegalDocument as law/find-documents-by-ids projects it.
.id, .name, .level
