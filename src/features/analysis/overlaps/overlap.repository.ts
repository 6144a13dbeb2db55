import { cypher } from '../../../db/cypher-registry';
import type { Database, Row, Tx } from '../../../db/database';
import type { PowerCategoryValue } from '../../power/power.model';
import { POWER_CATEGORIES } from '../../../importer/categories';
import type { HolderRow, OverlapKindValue } from './overlap.model';
import { unversionedCitations } from './provision-groups';
import { SimilarNameIndex } from './similar-name-index';

const SAME_POWER = cypher('analysis/overlap-same-power');
const SAME_PROVISION = cypher('analysis/overlap-same-provision');
const SAME_PROVISION_UNVERSIONED = cypher('analysis/overlap-same-provision-unversioned');
const SIMILAR_NAME_ITEMS = cypher('analysis/overlap-similar-name-items');
const DUAL_ENFORCEMENT = cypher('analysis/overlap-dual-enforcement');
const WHISTLE_MULTI_LEAD = cypher('analysis/overlap-whistle-multi-lead');
const ORGANIZATIONS_IN_DIVISION = cypher('analysis/overlap-organizations-in-division');
const SCOPE_ARTICLES = cypher('analysis/overlap-scope-articles');
const ITEM_KEYS = cypher('analysis/overlap-item-keys');
const GRAPH_FINGERPRINT = cypher('analysis/graph-fingerprint');

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
  /**
   * Null: the whole graph. Otherwise only what can give an overlap involving these organizations
   * is read (a superset: the caller still keeps the overlaps that involve them).
   */
  organizationIds: readonly string[] | null;
  /** SIMILAR_NAME's threshold, for the name index of a scoped scan. */
  similarity: number;
}

/** The name index of the last scoped scan, reused while the power items are the same. */
let nameIndex: { fingerprint: string; index: Promise<SimilarNameIndex> } | null = null;

/** One article of one law, in any version (suffix 0: no 之一/之二). */
interface ArticleRef {
  lawId: string;
  article: number;
  suffix: number;
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
    const params = {
      asOf: scan.asOf,
      categories: scan.categories,
      excludedLaws: scan.excludedLaws,
      organizationIds: scan.organizationIds,
      articles: null,
      itemKeys: null,
    };
    const run = async <T>(tx: Tx, kind: OverlapKindValue, ref: typeof SAME_POWER, extra = {}): Promise<T[]> =>
      wanted.has(kind) ? rowsOf<T>(await tx.run(ref, { ...params, ...extra })) : [];
    return this.read('analysis.overlaps', async (tx) => {
      const unversioned = await run<UnversionedCitationRow>(tx, 'SAME_PROVISION', SAME_PROVISION_UNVERSIONED);
      const scope = scan.organizationIds === null ? null : new Set(scan.organizationIds);
      return {
        samePower: await run<SamePowerRow>(tx, 'SAME_POWER', SAME_POWER),
        sameProvision:
          scope === null || !wanted.has('SAME_PROVISION')
            ? await run<SameProvisionRow>(tx, 'SAME_PROVISION', SAME_PROVISION)
            : await run<SameProvisionRow>(tx, 'SAME_PROVISION', SAME_PROVISION, {
                articles: await this.scopeArticles(tx, scope, unversioned),
              }),
        sameProvisionUnversioned: unversioned,
        similarNameItems:
          scope === null || !wanted.has('SIMILAR_NAME')
            ? await run<ItemHoldersRow>(tx, 'SIMILAR_NAME', SIMILAR_NAME_ITEMS)
            : await this.similarNameItemsInScope(tx, scan, params),
        dualEnforcement: await run<DualEnforcementRow>(tx, 'DUAL_ENFORCEMENT', DUAL_ENFORCEMENT),
        whistleMultiLead: await run<WhistleMultiLeadRow>(tx, 'WHISTLE_MULTI_LEAD', WHISTLE_MULTI_LEAD),
      };
    });
  }

  /**
   * The articles an overlap involving the scope can be about: those its rows cite as 实施依据,
   * through a provision or through a citation of a version older than the catalog (`unversioned`).
   */
  private async scopeArticles(
    tx: Tx,
    scope: ReadonlySet<string>,
    unversioned: readonly UnversionedCitationRow[],
  ): Promise<ArticleRef[]> {
    const articles = new Map<string, ArticleRef>();
    const add = (a: ArticleRef): void => {
      articles.set(`${a.lawId}|${a.article}|${a.suffix}`, a);
    };
    for (const row of await tx.run(SCOPE_ARTICLES, { organizationIds: [...scope] })) add(row as unknown as ArticleRef);
    for (const row of unversioned) {
      if (!row.holders.some((h) => scope.has(h.id))) continue;
      for (const c of unversionedCitations(row.citations)) add({ lawId: c.lawId, article: c.article, suffix: c.suffix });
    }
    return [...articles.values()];
  }

  /** The items of the scope, and the items whose names are similar to theirs, with their holders. */
  private async similarNameItemsInScope(
    tx: Tx,
    scan: OverlapScan,
    params: Record<string, unknown>,
  ): Promise<ItemHoldersRow[]> {
    const own = rowsOf<ItemHoldersRow>(await tx.run(SIMILAR_NAME_ITEMS, params));
    const index = await this.nameIndex(tx, scan.similarity);
    const itemKeys = index.similarTo(own.map((r) => r.itemKey));
    if (itemKeys.length === 0) return own;
    const similar = rowsOf<ItemHoldersRow>(
      await tx.run(SIMILAR_NAME_ITEMS, { ...params, organizationIds: [], itemKeys }),
    );
    return [...own, ...similar];
  }

  private async nameIndex(tx: Tx, threshold: number): Promise<SimilarNameIndex> {
    // The analysis cache's fingerprint (PowerItem count and change-log head among it) also says
    // when item names may have changed.
    const [row] = await tx.run(GRAPH_FINGERPRINT);
    const fingerprint = `${JSON.stringify(row?.['fingerprint'] ?? null)}|${threshold}`;
    if (nameIndex?.fingerprint !== fingerprint) {
      const built = tx
        .run(ITEM_KEYS, { categories: POWER_CATEGORIES })
        .then((items) => SimilarNameIndex.build(items as unknown as { category: string; key: string }[], threshold));
      nameIndex = { fingerprint, index: built };
      built.catch(() => {
        if (nameIndex?.index === built) nameIndex = null;
      });
    }
    return nameIndex.index;
  }

  async organizationsInDivision(divisionCode: string): Promise<string[]> {
    const rows = await this.read('analysis.overlaps.division', (tx) =>
      tx.run(ORGANIZATIONS_IN_DIVISION, { divisionCode }),
    );
    return (rows[0]?.['organizationIds'] as string[] | undefined) ?? [];
  }
}
