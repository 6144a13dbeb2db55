// Power.exercisedBy: as power/find-exercisers, by name.
COLLECT {
  MATCH (__self__)-[__link__:EXERCISED_BY]->(__child__:Organization)
  WHERE {{inForce __link__ date($__asOf__)}}
    AND {{activeOrganization __child__ date($__asOf__)}}
  WITH DISTINCT __child__
  ORDER BY __child__.name, __child__.id
  RETURN __child__ { __projection__ }
}
