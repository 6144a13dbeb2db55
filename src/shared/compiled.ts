import type { GraphQLResolveInfo } from 'graphql';

/**
 * Where a compiled read (src/features/compiled-read) leaves a field's value on the object it read:
 * by response key, already in the shape the field's resolver returns. A field it did not cover
 * is absent, and its resolver reads through the loaders as before.
 * 编译读取把字段值放在父对象上；未覆盖的字段仍走批量加载。
 */
export const COMPILED = Symbol('compiled');

export interface CompiledValues {
  [COMPILED]?: ReadonlyMap<string, unknown>;
}

/** The value the compiled read left for this field of `parent`, else what `fallback` gives. */
export function compiledOr<T>(parent: object, info: GraphQLResolveInfo, fallback: () => T): T {
  const values = (parent as CompiledValues)[COMPILED];
  const key = String(info.path.key);
  return values?.has(key) ? (values.get(key) as T) : fallback();
}
