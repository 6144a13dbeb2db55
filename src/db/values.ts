import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';

/**
 * Neo4j values -> plain JavaScript: temporal values become ISO strings, integers numbers,
 * nodes and relationships their property maps. Applied once, at the database boundary. The
 * driver's lists and maps are converted in place, not copied: each result's values are new and
 * the caller's alone (a compiled read's one row holds every object the request reads).
 */
export function toPlain(value: unknown): unknown {
  if (typeof value !== 'object') return value === undefined ? null : value;
  if (value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  // A map (the driver builds them as object literals), by far the most common object: checked first.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  return plainMap({ ...value });
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(value)) value[key] = toPlain(value[key]);
  return value;
}

/**
 * Plain JavaScript -> Neo4j parameters: whole numbers become Neo4j integers (JavaScript has only
 * doubles, and Cypher refuses a float as a list index or LIMIT, and would store 88 as 88.0).
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value === null || typeof value !== 'object' || isInt(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = toParams(v);
  return out;
}
