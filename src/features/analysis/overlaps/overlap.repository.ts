import { cypher } from '../../../db/cypher-registry';
import type { Database, Row, Tx } from '../../../db/database';
import type { PowerCategoryValue } from '../../power/power.model';
import type { HolderRow, OverlapKindValue } from './overlap.model';

const SAME_POWER = cypher('analysis/overlap-same-power');
const SAME_PROVISION = cypher('analysis/overlap-same-provision');
const SAME_PROVISION_UNVERSIONED = cypher('analysis/overlap-same-provision-unversioned');
const SIMILAR_NAME_ITEMS = cypher('analysis/overlap-similar-name-items');
const DUAL_ENFORCEMENT = cypher('analysis/overlap-dual-enforcement');
const WHISTLE_MULTI_LEAD = cypher('analysis/overlap-whistle-multi-lead');
const ORGANIZATIONS_IN_DIVISION = cypher('analysis/overlap-organizations-in-division');

export interface SamePowerRow {
  itemKey: string;
  itemName: string;
  category: PowerCategoryValue;
  level: string;
  holders: HolderRow[];
}

export interface ProvisionRef {
  id: string;
  paragraph: number | null;
  item: number | null;
  publishDate: string | null;
}

export interface SameProvisionRow {
  lawId: string;
  lawName: string;
  article: number;
  /** 0 when the article has no suffix (第X条之一 has 1). */
  suffix: number;
  category: PowerCategoryValue;
  holders: (HolderRow & { provisions: ProvisionRef[] })[];
}

/** A row with a citation whose version predates the catalog: law id and article are in `citations` (JSON). */
export interface UnversionedCitationRow {
  powerId: string;
  powerName: string;
  category: PowerCategoryValue;
  citations: string | null;
  holders: { id: string; name: string }[];
}

export interface ItemHoldersRow {
  itemKey: string;
  itemName: string;
  category: PowerCategoryValue;
  holders: HolderRow[];
}

export interface HandOverRef {
  id: string;
  name: string;
  fromId: string;
  fromName: string;
  mode: string;
  powerId: string | null;
}

export interface DualEnforcementRow {
  organizationId: string;
  organizationName: string;
  level: string;
  itemKey: string;
  itemName: string;
  category: PowerCategoryValue;
  handOvers: HandOverRef[];
  ownPowerIds: string[];
}

export interface WhistleMultiLeadRow {
  matterId: string;
  matterName: string;
  leads: { id: string; name: string }[];
  powerIds: string[];
}

export interface OverlapRows {
  samePower: SamePowerRow[];
  sameProvision: SameProvisionRow[];
  sameProvisionUnversioned: UnversionedCitationRow[];
  similarNameItems: ItemHoldersRow[];
  dualEnforcement: DualEnforcementRow[];
  whistleMultiLead: WhistleMultiLeadRow[];
}

export interface OverlapScan {
  asOf: string;
  kinds: readonly OverlapKindValue[];
  categories: readonly PowerCategoryValue[];
  /** Law names SAME_PROVISION ignores, with and without 中华人民共和国. */
  excludedLaws: readonly string[];
}

const rowsOf = <T>(rows: Row[]): T[] => rows as unknown as T[];

/**
 * The overlap statements, one per kind, all in one read transaction: a fixed number of round
 * trips whatever the size of the graph (never one per row).
 */
export class OverlapRepository {
  /** With `tx`, the scans run in that transaction (issue 6's impact reads its own uncommitted writes). */
  constructor(
    private readonly db: Database,
    private readonly tx: Tx | null = null,
  ) {}

  private read<T>(operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.tx ? work(this.tx) : this.db.executeRead(operation, work);
  }

  scan(scan: OverlapScan): Promise<OverlapRows> {
    const wanted = new Set(scan.kinds);
    const params = { asOf: scan.asOf, categories: scan.categories, excludedLaws: scan.excludedLaws };
    const run = async <T>(tx: Tx, kind: OverlapKindValue, ref: typeof SAME_POWER): Promise<T[]> =>
      wanted.has(kind) ? rowsOf<T>(await tx.run(ref, params)) : [];
    return this.read('analysis.overlaps', async (tx) => ({
      samePower: await run<SamePowerRow>(tx, 'SAME_POWER', SAME_POWER),
      sameProvision: await run<SameProvisionRow>(tx, 'SAME_PROVISION', SAME_PROVISION),
      sameProvisionUnversioned: await run<UnversionedCitationRow>(tx, 'SAME_PROVISION', SAME_PROVISION_UNVERSIONED),
      similarNameItems: await run<ItemHoldersRow>(tx, 'SIMILAR_NAME', SIMILAR_NAME_ITEMS),
      dualEnforcement: await run<DualEnforcementRow>(tx, 'DUAL_ENFORCEMENT', DUAL_ENFORCEMENT),
      whistleMultiLead: await run<WhistleMultiLeadRow>(tx, 'WHISTLE_MULTI_LEAD', WHISTLE_MULTI_LEAD),
    }));
  }

  async organizationsInDivision(divisionCode: string): Promise<string[]> {
    const rows = await this.read('analysis.overlaps.division', (tx) =>
      tx.run(ORGANIZATIONS_IN_DIVISION, { divisionCode }),
    );
    return (rows[0]?.['organizationIds'] as string[] | undefined) ?? [];
  }
}
