import type { PageRequest, SortKey } from '../../../shared/pagination';
import type { CachedAnalysis } from '../shared/analysis-cache';
import type { FindingRepository } from './finding.repository';
import { FINDING_KIND_SPECS } from './finding-kinds';
import { FINDING_KINDS, type FindingFilterModel, type FindingKindValue, type FindingModel } from './finding.model';

/** Page order: kind (issue 5's order), then subject name, then id. */
export const findingSortKey = (f: FindingModel): [number, string, string] => [
  FINDING_KINDS.indexOf(f.kind),
  f.subject.name,
  f.id,
];

function after(key: SortKey | null, f: FindingModel): boolean {
  if (key === null) return true;
  const mine = findingSortKey(f);
  for (let i = 0; i < mine.length; i += 1) {
    const a = mine[i];
    const b = key[i];
    if (a === undefined || b === undefined || a === b) continue;
    return a > b;
  }
  return false;
}

/**
 * The findings of one request: the kinds the filter selects, each computed at most once (the page
 * and `totalCount` share them), and only as far as the page needs.
 * 一次请求的问题：按筛选条件选出类型，每类最多计算一次。
 */
export class FindingScanner {
  private readonly computed = new Map<FindingKindValue, Promise<FindingModel[]>>();

  constructor(
    private readonly repository: FindingRepository,
    private readonly filter: FindingFilterModel,
    private readonly asOf: string,
    /** Results kept between requests while the graph is unchanged (analysis-cache.ts); none: computed here. */
    private readonly cache: CachedAnalysis | null = null,
  ) {}

  kinds(): FindingKindValue[] {
    return FINDING_KINDS.filter(
      (kind) =>
        (this.filter.kinds === null || this.filter.kinds.includes(kind)) &&
        (this.filter.severities === null || this.filter.severities.includes(FINDING_KIND_SPECS[kind].severity)),
    );
  }

  ofKind(kind: FindingKindValue): Promise<FindingModel[]> {
    let found = this.computed.get(kind);
    if (!found) {
      const compute = (): Promise<FindingModel[]> =>
        this.repository.ofKind(kind, this.asOf, this.filter.organizationIds);
      found = this.cache
        ? this.cache.get(JSON.stringify(['findings', kind, this.asOf, this.filter.organizationIds]), compute)
        : compute();
      this.computed.set(kind, found);
    }
    return found;
  }

  /** Up to `limit + 1` findings after the cursor, so the connection can tell a next page exists. */
  async page(request: PageRequest): Promise<FindingModel[]> {
    const cursorKind = typeof request.after?.[0] === 'number' ? request.after[0] : -1;
    const rows: FindingModel[] = [];
    for (const kind of this.kinds()) {
      if (FINDING_KINDS.indexOf(kind) < cursorKind) continue;
      rows.push(...(await this.ofKind(kind)).filter((f) => after(request.after, f)));
      if (rows.length > request.limit) break;
    }
    return rows.slice(0, request.limit + 1);
  }

  async all(): Promise<FindingModel[]> {
    const lists = await Promise.all(this.kinds().map((kind) => this.ofKind(kind)));
    return lists.flat();
  }

  async count(): Promise<number> {
    return (await this.all()).length;
  }
}
