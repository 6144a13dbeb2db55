import { basename } from 'node:path';

import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database, Tx } from '../../db/database';
import { decodeRows, maybeText, text } from '../../db/decode';
import { organizationIdFor, type OrgTypeValue } from '../../domain/organizations';
import { normalizeName } from '../../domain/text';
import type { SourceLocation } from '../types';
import { runBatched } from './batches';
import { guessOrgType } from './organizations';

const LOOKUP = cypher('import/organizations-lookup');
const ENSURE = cypher('import/organizations-ensure-located');

/** An organization as the graph holds it, for resolving names a list writes. */
export interface KnownOrganization {
  nameKey: string;
  id: string;
  name: string;
  orgType: string;
  createdBy: string | null;
  contentHash: string | null;
  divisionCode: string | null;
}

/** An organization a list names: created by reference, with the row that named it, when the graph lacks it. */
export interface OrganizationReference {
  nameKey: string;
  name: string;
  orgType: OrgTypeValue;
  source: SourceLocation;
}

const KNOWN_ORGANIZATION = z.object({
  nameKey: text,
  id: text,
  name: text,
  orgType: text,
  createdBy: maybeText,
  contentHash: maybeText,
  divisionCode: maybeText,
}) satisfies z.ZodType<KnownOrganization>;

/** One batched lookup of organizations by name key. */
export async function lookupOrganizations(db: Database, keys: Iterable<string>): Promise<Map<string, KnownOrganization>> {
  const rows = await db.read('import.organizations.lookup', LOOKUP, { keys: [...new Set(keys)] });
  return new Map(decodeRows(LOOKUP, rows, KNOWN_ORGANIZATION).map((o) => [o.nameKey, o]));
}

/** Collects the organizations a list names, first mention first; the type is guessed from the name. */
export class ReferenceCollector {
  private readonly byKey = new Map<string, OrganizationReference>();

  /** Records a name and returns its key. */
  add(name: string, source: SourceLocation, orgType?: OrgTypeValue): string {
    const nameKey = normalizeName(name);
    if (!this.byKey.has(nameKey)) {
      this.byKey.set(nameKey, { nameKey, name: name.trim(), orgType: orgType ?? guessOrgType(name.trim(), false), source });
    }
    return nameKey;
  }

  /** The type a name is guessed to be (or was given), for names this collector has seen. */
  typeOf(nameKey: string): OrgTypeValue | undefined {
    return this.byKey.get(nameKey)?.orgType;
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  /** The references the graph lacks, in first-mention order. */
  missing(known: ReadonlyMap<string, unknown>): OrganizationReference[] {
    return [...this.byKey.values()].filter((o) => !known.has(o.nameKey));
  }
}

/** Creates them inside the import's transaction; existing organizations are left as they are. */
export async function ensureReferenced(
  tx: Tx,
  references: readonly OrganizationReference[],
  divisionCode: string | null,
): Promise<void> {
  await runBatched(
    tx,
    ENSURE,
    references.map((o) => ({
      nameKey: o.nameKey,
      id: organizationIdFor(o.nameKey),
      name: o.name,
      orgType: o.orgType,
      sourceFile: basename(o.source.file),
      sourceSheet: o.source.sheet,
      sourceRow: o.source.row,
      divisionCode,
    })),
  );
}
