/**
 * Scoped analysis (issue 6's impact, and the `organizationIds` filter of overlaps and findings)
 * reads only what can involve the organizations in scope: candidate subqueries in every finding
 * statement, and for overlaps only the partitions (divisions) of those organizations (issue 13).
 * It must give exactly what the whole-graph analysis gives, filtered to the same organizations.
 * Checked on the demo city for organizations in every role.
 */
import { FindingRepository } from '../../src/features/analysis/findings/finding.repository';
import { FINDING_KINDS, type FindingModel } from '../../src/features/analysis/findings/finding.model';
import { OVERLAP_KINDS, type OverlapModel } from '../../src/features/analysis/overlaps/overlap.model';
import { PartitionedAnalysis } from '../../src/features/analysis/partitions/partitioned-analysis';
import { loadDemo } from '../../src/importer/demo';
import { SCOPE_SAMPLE } from '../support/analysis-builders';
import { startTestApp, testConfig, type TestApp } from '../support/app';

const AS_OF = '2026-12-01';

let app: TestApp;
let sample: string[];
let allOverlaps: OverlapModel[];
const allFindings = new Map<string, FindingModel[]>();

beforeAll(async () => {
  app = await startTestApp();
  await loadDemo(app.db);
  const [row] = await app.db.read('test.scope-sample', SCOPE_SAMPLE, { divisionCode: '990181' });
  sample = row!['organizationIds'] as string[];
  allOverlaps = await overlapsFor(null);
  const repository = new FindingRepository(app.db);
  for (const kind of FINDING_KINDS) allFindings.set(kind, await repository.ofKind(kind, AS_OF, null));
  // Plus one organization per finding kind the demo has, so every kind's candidate subquery is tried.
  for (const found of allFindings.values()) {
    const first = [...found].sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    const id = first?.organizations[0]?.id;
    if (id && !sample.includes(id)) sample.push(id);
  }
}, 600_000);

afterAll(async () => {
  await app.close();
});

/** A fresh analysis each time: nothing kept from an earlier call. */
function overlapsFor(organizationIds: string[] | null): Promise<OverlapModel[]> {
  return new PartitionedAnalysis().overlaps(app.db, testConfig().analysis, AS_OF, {
    kinds: OVERLAP_KINDS,
    organizationIds,
    divisionCode: null,
    categories: null,
  });
}

/** A finding names an organization among its organizations or (a lead's successor) its related nodes. */
const names = (f: FindingModel, id: string): boolean =>
  f.organizations.some((o) => o.id === id) || f.related.some((r) => r.type === 'Organization' && r.id === id);

const ids = <T extends { id: string }>(list: readonly T[]): string[] => list.map((x) => x.id).sort();

it('samples an organization for every role', () => {
  expect(sample.length).toBeGreaterThanOrEqual(7);
});

it('gives each sampled organization exactly the whole-graph overlaps that involve it', async () => {
  const kinds = new Set<string>();
  for (const id of sample) {
    const expected = allOverlaps.filter((o) => o.involvedOrganizationIds.includes(id));
    expected.forEach((o) => kinds.add(o.kind));
    expect({ id, overlaps: ids(await overlapsFor([id])) }).toEqual({ id, overlaps: ids(expected) });
  }
  // The sample is worth something only if every kind occurs in it.
  expect([...kinds].sort()).toEqual([...OVERLAP_KINDS].sort());
}, 600_000);

it('gives each sampled organization exactly the whole-graph findings that name it', async () => {
  const repository = new FindingRepository(app.db);
  const kinds = new Set<string>();
  for (const kind of FINDING_KINDS) {
    for (const id of sample) {
      const expected = allFindings.get(kind)!.filter((f) => names(f, id));
      if (expected.length > 0) kinds.add(kind);
      const scoped = await repository.ofKind(kind, AS_OF, [id]);
      expect({ kind, id, findings: ids(scoped) }).toEqual({ kind, id, findings: ids(expected) });
    }
  }
  const present = FINDING_KINDS.filter((kind) => allFindings.get(kind)!.length > 0);
  expect(present.length).toBeGreaterThanOrEqual(12);
  expect([...kinds].sort()).toEqual([...present].sort());
}, 600_000);
