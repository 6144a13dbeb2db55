// A LegalVersion as law/find-versions-by-ids projects it, with the current flag.
.id, .expired, .ver,
publishDate: toString(__self__.publishDate), effectiveDate: toString(__self__.effectiveDate),
lawId: head([(__self__)-[:OF]->(__law__:LegalDocument) | __law__.id]),
current: NOT coalesce(__self__.expired, false) AND NOT EXISTS {
  MATCH (__self__)-[:OF]->(:LegalDocument)<-[:OF]-(__other__:LegalVersion)
  WHERE __other__ <> __self__ AND NOT coalesce(__other__.expired, false)
    AND (coalesce(__other__.publishDate, date("0001-01-01")) > coalesce(__self__.publishDate, date("0001-01-01"))
      OR (coalesce(__other__.publishDate, date("0001-01-01")) = coalesce(__self__.publishDate, date("0001-01-01"))
        AND __other__.id > __self__.id))
}
