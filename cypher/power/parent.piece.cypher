// Power.parent: the item row of its parentId, with its long texts (as powerById reads it).
COLLECT {
  MATCH (__child__:Power {id: head([(__self__)-[:SUB_ITEM_OF]->(__item__:Power) | __item__.id])})
  RETURN __child__ { __projection__ }
}
