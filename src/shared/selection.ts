import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isUnionType,
  Kind,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type DataLoader from 'dataloader';

import { loadAll } from './loader';

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

/**
 * The objects of `ids` as the field's selection needs them: their ids alone when it reads nothing
 * else (selectsOnlyId: the caller found the ids in the graph), otherwise loaded through `loader`.
 */
export function idsOrLoaded<V extends { id: string }>(
  info: GraphQLResolveInfo,
  loader: Pick<DataLoader<string, V | null>, 'loadMany'>,
  ids: readonly string[],
): V[] | Promise<V[]> {
  return selectsOnlyId(info) ? idOnlyModels<V>(ids) : loadAll(loader, ids);
}

/** One object by id, as idsOrLoaded gives many: its id alone when the field reads nothing else of it. */
export function idOrLoaded<V extends { id: string }>(
  info: GraphQLResolveInfo,
  loader: Pick<DataLoader<string, V | null>, 'load'>,
  id: string,
): V | Promise<V | null> {
  return selectsOnlyId(info) ? idOnlyModels<V>([id])[0]! : loader.load(id);
}

/**
 * The object types of which the whole operation (every root field, through fragments) reads a
 * field other than `id` and `__typename`. A field read on an interface or union counts for every
 * type that can stand there. A type not in the set is read for its id alone everywhere in the
 * request, so its models need nothing but the id (a plan's affected powers in an impact).
 * 整个请求中除 id 外还读取了字段的类型。
 */
export function typesReadBeyondId(info: GraphQLResolveInfo): Set<string> {
  const read = new Set<string>();
  const seen = new Set<string>();
  const mark = (type: GraphQLCompositeType): void => {
    if (isAbstractType(type)) for (const t of info.schema.getPossibleTypes(type)) read.add(t.name);
    else read.add(type.name);
  };
  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (ID_FIELDS.has(name)) continue;
        mark(parent);
        const field = fieldOf(parent, name);
        const type = field === undefined ? undefined : getNamedType(field.type);
        if (selection.selectionSet && type !== undefined && isCompositeType(type)) visit(selection.selectionSet, type);
        continue;
      }
      const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : info.fragments[selection.name.value]?.typeCondition;
      const narrowed = condition ? info.schema.getType(condition.name.value) : parent;
      const target = narrowed !== undefined && narrowed !== null && isCompositeType(narrowed) ? narrowed : parent;
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, target);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, target);
      }
    }
  };
  visit(info.operation.selectionSet, rootOf(info));
  return read;
}

/** A field of an object or interface type; a union has none but __typename. */
function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isUnionType(type) ? undefined : type.getFields()[name];
}

function rootOf(info: GraphQLResolveInfo): GraphQLCompositeType {
  const root = info.schema.getRootType(info.operation.operation);
  if (!root) throw new Error(`no root type for ${info.operation.operation}`);
  return root;
}
