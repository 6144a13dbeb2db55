import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, maybeText, maybeTexts, text } from '../../db/decode';
import type { PowerRef } from '../records/fields';
import { normalizeKey, normalizeName } from '../../domain/text';

const BY_CODE = cypher('import/powers-by-code');
const OF_ORGANIZATIONS = cypher('import/powers-of-organizations');

/** One version of a Power row, as far as resolving a reference to it needs. */
export interface PowerVersion {
  id: string;
  identityKey: string;
  code: string | null;
  name: string;
  subName: string | null;
  category: string;
  validFrom: string | null;
  validTo: string | null;
  orgKeys: string[];
}

/** Code as lists write it, for matching: whitespace removed, upper case. */
export function codeKey(code: string): string {
  return normalizeName(code).toUpperCase();
}

const POWER_VERSION = z.object({
  id: text,
  identityKey: text,
  code: maybeText,
  name: text,
  subName: maybeText,
  category: text,
  validFrom: maybeText,
  validTo: maybeText,
  orgKeys: maybeTexts,
}) satisfies z.ZodType<PowerVersion>;

/**
 * The powers a list may refer to, loaded in two batched queries (by code; every power of the
 * organizations named): references are then resolved in memory, never one query per row.
 */
export class PowerIndex {
  private constructor(
    private readonly byCode: ReadonlyMap<string, PowerVersion[]>,
    private readonly byOrg: ReadonlyMap<string, PowerVersion[]>,
  ) {}

  static async load(db: Database, codes: Iterable<string>, orgKeys: Iterable<string>): Promise<PowerIndex> {
    // Power.code is stored as published: ask for the code as written and in its matching form.
    const written = [...new Set(codes)];
    const codeRows = written.length === 0 ? [] : await db.read('import.powers.byCode', BY_CODE, {
      codes: [...new Set([...written, ...written.map(codeKey)])],
    });
    const keys = [...new Set(orgKeys)];
    const orgRows = keys.length === 0 ? [] : await db.read('import.powers.ofOrganizations', OF_ORGANIZATIONS, { keys });
    const byCode = new Map<string, PowerVersion[]>();
    const seen = new Set<string>();
    for (const v of decodeRows(BY_CODE, codeRows, POWER_VERSION)) {
      if (v.code === null || seen.has(v.id)) continue;
      seen.add(v.id);
      byCode.set(codeKey(v.code), [...(byCode.get(codeKey(v.code)) ?? []), v]);
    }
    const byOrg = new Map<string, PowerVersion[]>();
    for (const v of decodeRows(OF_ORGANIZATIONS, orgRows, POWER_VERSION)) {
      for (const key of v.orgKeys) byOrg.set(key, [...(byOrg.get(key) ?? []), v]);
    }
    return new PowerIndex(byCode, byOrg);
  }

  /**
   * The powers a reference means on `date`: one version per power row (identityKey), the one
   * valid on the date, else the open one. A code is looked up everywhere, preferring the powers
   * of `scope` when several bodies share it; a name only among the powers of `scope`, matching
   * the item name, the sub-item name or both (normalizeKey). `category` narrows several matches.
   */
  resolve(ref: PowerRef, scope: readonly string[], date: string, category?: string): PowerVersion[] {
    let candidates: PowerVersion[];
    if ('code' in ref) {
      const all = this.byCode.get(codeKey(ref.code)) ?? [];
      const scoped = all.filter((v) => v.orgKeys.some((k) => scope.includes(k)));
      candidates = scoped.length > 0 ? scoped : all;
    } else {
      const wanted = normalizeKey(ref.name);
      candidates = scope
        .flatMap((key) => this.byOrg.get(key) ?? [])
        .filter((v) => {
          const names = [v.name, v.subName ?? '', `${v.name}${v.subName ?? ''}`].map(normalizeKey);
          return names.includes(wanted);
        });
    }
    const chosen = pickVersions(candidates, date);
    if (category === undefined || chosen.length < 2) return chosen;
    const sameCategory = chosen.filter((v) => v.category === category);
    return sameCategory.length > 0 ? sameCategory : chosen;
  }
}

/** Per power row, the version valid on `date`, else the open one, else the latest. Sorted by identityKey. */
export function pickVersions(versions: readonly PowerVersion[], date: string): PowerVersion[] {
  const groups = new Map<string, PowerVersion[]>();
  for (const v of versions) {
    const group = groups.get(v.identityKey) ?? [];
    if (!group.some((g) => g.id === v.id)) group.push(v);
    groups.set(v.identityKey, group);
  }
  const validOn = (v: PowerVersion): boolean =>
    (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || v.validTo >= date);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, group]) => {
      const latest = [...group].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || a.id.localeCompare(b.id));
      return latest.find(validOn) ?? latest.find((v) => v.validTo === null) ?? latest[0]!;
    });
}
