import { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';

/**
 * Neo4j values -> plain JavaScript: temporal values become ISO strings, integers numbers,
 * nodes and relationships their property maps. Applied once, at the database boundary.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = toPlain(v);
  return out;
}
