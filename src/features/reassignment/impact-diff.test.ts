import { findingId } from '../analysis/findings/finding-id';
import type { FindingModel } from '../analysis/findings/finding.model';
import { diffBy, findingKey } from './impact-diff';
import { respondentChanges } from './respondents';

const finding = (subjectId: string, parts: string[] = []): FindingModel => ({
  id: findingId('WHISTLE_LEAD_INACTIVE', `WhistleMatter:${subjectId}`, parts),
  kind: 'WHISTLE_LEAD_INACTIVE',
  severity: 'ERROR',
  subject: { type: 'WhistleMatter', id: subjectId, name: 'm' },
  related: parts.map((id) => ({ type: 'Organization' as const, id, name: id })),
  organizations: [],
  explanation: '',
  explanationEn: '',
  evidence: [],
  asOf: '2025-07-01',
});

describe('the impact diff', () => {
  it('lists what is on one side only', () => {
    expect(diffBy([1, 2, 3], [2, 3, 4], String)).toEqual({ created: [4], resolved: [1] });
  });

  it('reads a finding about a new row version as one about the row it supersedes', () => {
    const versionOf = new Map([['m~2025-07-01', 'm']]);
    const key = findingKey(versionOf);
    expect(key(finding('m~2025-07-01', ['lead']))).toBe(key(finding('m', ['lead'])));
    expect(key(finding('m~2025-07-01', ['lead']))).not.toBe(key(finding('m', ['other'])));
    const diff = diffBy([finding('m', ['lead'])], [finding('m~2025-07-01', ['lead'])], key);
    expect(diff).toEqual({ created: [], resolved: [] });
  });

  it('lists respondent changes per power and channel, once each', () => {
    const before = new Map([
      [
        'p',
        new Map([
          ['OWN', 'a'],
          ['TO:t', 'a'],
        ]),
      ],
    ]);
    const after = new Map([
      [
        'p',
        new Map([
          ['OWN', 'b'],
          ['TO:t', 'b'],
          ['TO:u', 'u'],
        ]),
      ],
    ]);
    expect(respondentChanges(['p'], before, after)).toEqual([
      { powerId: 'p', beforeId: 'a', afterId: 'b' },
      { powerId: 'p', beforeId: null, afterId: 'u' },
    ]);
  });
});
