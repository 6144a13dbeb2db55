import { perAffectedIds } from '../../domain/list-kinds';
import type { AffectedSets, ReassignmentImpactModel } from './reassignment.model';
import { affectedObjects, impactSummary } from './impact-summary';

/** What a plan touched: the sets given, every other kind's empty. */
const affected = (sets: Partial<AffectedSets>): AffectedSets => ({
  powerIds: [],
  organizationIds: [],
  ...perAffectedIds((): string[] => []),
  ...sets,
});

const impact = (over: Partial<ReassignmentImpactModel>): ReassignmentImpactModel => ({
  effectiveDate: '2025-07-01',
  affected: affected({}),
  overlapsCreated: [],
  overlapsResolved: [],
  findingsCreated: [],
  findingsResolved: [],
  respondentChanges: [],
  versionOf: [],
  createdIds: [],
  dependentIds: [],
  snapshot: null,
  ...over,
});

describe('affectedObjects', () => {
  it('lists a re-versioned row once (old -> new), a created one as CREATED and a moved power as CHANGED', () => {
    const i = impact({
      affected: affected({ powerIds: ['p'], enforcementItemIds: ['e'], whistleMatterIds: ['w', 'w~e'] }),
      versionOf: [['w~e', 'w']],
      createdIds: ['e', 'w~e'],
    });
    expect(affectedObjects(i)).toEqual([
      { kind: 'POWER', nodeType: 'Power', change: 'CHANGED', beforeId: 'p', afterId: 'p' },
      { kind: 'ENFORCEMENT_ITEM', nodeType: 'EnforcementItem', change: 'CREATED', beforeId: null, afterId: 'e' },
      { kind: 'WHISTLE_MATTER', nodeType: 'WhistleMatter', change: 'VERSIONED', beforeId: 'w', afterId: 'w~e' },
    ]);
    expect(impactSummary(i).affected).toEqual([
      { kind: 'ENFORCEMENT_ITEM', count: 1 },
      { kind: 'POWER', count: 1 },
      { kind: 'WHISTLE_MATTER', count: 1 },
    ]);
  });

  it('lists a row that only needs an affected power as DEPENDENT, the same node before and after', () => {
    const i = impact({
      affected: affected({ powerIds: ['p'], whistleMatterIds: ['w'], lenientItemIds: ['l'] }),
      dependentIds: ['w', 'l'],
    });
    expect(affectedObjects(i).filter((o) => o.kind !== 'POWER')).toEqual([
      { kind: 'WHISTLE_MATTER', nodeType: 'WhistleMatter', change: 'DEPENDENT', beforeId: 'w', afterId: 'w' },
      { kind: 'LENIENT_ITEM', nodeType: 'LenientItem', change: 'DEPENDENT', beforeId: 'l', afterId: 'l' },
    ]);
  });
});
