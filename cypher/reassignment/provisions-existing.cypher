// Which of these provisions exist already: the others a row's citations create (for the undo log).
UNWIND $ids AS id
MATCH (p:Provision {id: id})
RETURN p.id AS id
