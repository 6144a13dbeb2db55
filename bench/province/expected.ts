import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { analyze, type OverlapCounts } from '../../scripts/demo/analyze';
import { generate, planFor } from '../../scripts/demo/generate';
import { writeBigDepartment } from '../dataset/big-department';
import { DEMO_SEED } from '../dataset/build';
import { AS_OF } from '../read-mix';

/** OverlapCounts keys as the API's OverlapKind. */
const KINDS: Record<keyof OverlapCounts, string> = {
  samePower: 'SAME_POWER',
  sameProvision: 'SAME_PROVISION',
  similarName: 'SIMILAR_NAME',
  dualEnforcement: 'DUAL_ENFORCEMENT',
  whistleMultiLead: 'WHISTLE_MULTI_LEAD',
};

/** The reference analysis (scripts/demo/analyze.ts), compared within each division, of the demo's first county. */
function firstCounty(withBigDepartment: boolean): OverlapCounts {
  const out = mkdtempSync(join(tmpdir(), 'quanze-bench-expected-'));
  try {
    generate({ scale: 1, out, seed: DEMO_SEED });
    if (withBigDepartment) writeBigDepartment(out, DEMO_SEED);
    return analyze(out, AS_OF).scoped;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The true within-government overlaps of one copy of the bench city, by kind, counted from the
 * generated files: the demo's plants (住建/城管 the same items, 人社/医保 社会保险法 §88, two
 * near-duplicate names, two dual enforcements, two multi-lead whistle matters: data/demo/EXPECTED.md)
 * in every county, and the items the 1,000-power department copies from 青石市's departments.
 * The first county (青石市) is counted with that department; every further county repeats the
 * first county's plants once (checked at scale 30: the counts equal those of the files of the
 * whole city), so the pairwise name comparison never runs on the whole city.
 * 按区划计算的预期重叠数（每个城市副本）。
 */
export function expectedOverlapsPerCopy(scale: number): Record<string, number> {
  const first = firstCounty(true);
  const counties = planFor(scale).counties;
  const plants = counties > 1 ? firstCounty(false) : first;
  return Object.fromEntries((Object.keys(KINDS) as (keyof OverlapCounts)[]).map((k) => [KINDS[k], first[k] + (counties - 1) * plants[k]]));
}
