// Power.basis { provision }: the provisions the power's resolved citations name (BASED_ON), each once;
// the citations themselves come from the row's citations text.
COLLECT {
  MATCH (__self__)-[:BASED_ON]->(__child__:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(:LegalDocument)
  WITH DISTINCT __child__
  RETURN __child__ { __projection__ }
}
