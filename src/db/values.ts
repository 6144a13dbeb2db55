import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';

/**
 * Neo4j values -> plain JavaScript: temporal values become ISO strings, integers numbers,
 * nodes and relationships their property maps. Applied once, at the database boundary. The
 * driver's lists and maps are converted in place, not copied: each result's values are new and
 * the caller's alone (a compiled read's one row holds every object the request reads). With
 * `compact`, texts and short lists are shared or copied to size as they are converted.
 */
export function toPlain(value: unknown, compact?: Compaction): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'string') return compact ? compact.text(value) : value;
    return value === undefined ? null : value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i], compact);
    // The driver builds lists by pushing, so a list of one or two values has room for 17; kept
    // by the analysis, that room was most of the memory of its rows. A copy is exactly its size.
    return compact && value.length < SHORT_LIST ? value.slice() : value;
  }
  // A map (the driver builds them as object literals), by far the most common object: checked first.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>, compact);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value))
    return compact ? compact.text(value.toString()) : value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties, compact);
  return plainMap({ ...value }, compact);
}

function plainMap(value: Record<string, unknown>, compact?: Compaction): Record<string, unknown> {
  for (const key of Object.keys(value)) value[key] = toPlain(value[key], compact);
  return value;
}

/** Lists shorter than this are copied to their own size (Compaction). */
const SHORT_LIST = 16;

/** Texts longer than this are kept as they came: ids, names, codes and categories repeat; prose rarely does. */
const SHARED_TEXT_MAX = 64;

/**
 * Rows made small enough to keep, for one result: one copy of each short text, and short lists at
 * their own size. The driver decodes every occurrence of a text into a string of its own (the
 * 1,750 rows of one organization in a partition's analysis carried 1,750 copies of its id and of
 * its name), and builds lists by pushing, so a list of one or two values has room for 17. The
 * analysis keeps what it finds for a whole province (ADR 0004): on the 40k-power province these two
 * were a quarter of what it kept.
 */
export class Compaction {
  private readonly seen = new Map<string, string>();

  /** Distinct texts shared so far. */
  get texts(): number {
    return this.seen.size;
  }

  text(value: string): string {
    if (value.length > SHARED_TEXT_MAX) return value;
    const known = this.seen.get(value);
    if (known !== undefined) return known;
    this.seen.set(value, value);
    return value;
  }
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
