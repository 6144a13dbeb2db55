// Organization.enforcementItemsReceived (side TO) and enforcementItemsHandedOver (side FROM): one
// page as enforcement/page-by-organizations reads it. $limit is the page size plus one.
COLLECT {
  MATCH (__child__:EnforcementItem)-[__rel__:FROM|TO]->(__self__)
  WHERE type(__rel__) = $__side__
    AND {{inForce __child__ date($__asOf__)}}
    AND ($__afterName__ IS NULL OR __child__.name > $__afterName__
      OR (__child__.name = $__afterName__ AND __child__.id > $__afterId__))
  WITH __child__
  ORDER BY __child__.name, __child__.id
  LIMIT toInteger($__limit__)
  RETURN __child__ { __projection__ }
}
