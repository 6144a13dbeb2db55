import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const ID_FIELDS = new Set(['id', '__typename']);

function onlyId(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  if (set === undefined) return true;
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return ID_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyId(selection.selectionSet, info, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    return onlyId(info.fragments[name]?.selectionSet, info, seen);
  });
}

/**
 * Whether the field being resolved reads nothing of its objects but `id` (and `__typename`),
 * through fragments too. A long listing that asks only for ids (the overlaps of a province, a
 * plan's thousand affected powers) then needs no read of the objects: their ids are known.
 * 仅选择 id 时无需读取对象。
 */
export function selectsOnlyId(info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>();
  return info.fieldNodes.every((node) => onlyId(node.selectionSet, info, seen));
}

/**
 * The objects of `ids` for a selection that reads only their id (selectsOnlyId): each field
 * resolver of such a type reads `id` alone, so the rest of the model is never looked at.
 */
export function idOnlyModels<T extends { id: string }>(ids: readonly string[]): T[] {
  return ids.map((id) => ({ id }) as T);
}
