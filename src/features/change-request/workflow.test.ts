import { loadConfig } from '../../config';
import type { ChangeRequestModel } from './change-request.model';
import { addWorkingDays, awaits, dueOn, TRANSITIONS, workingDaysBetween } from './workflow';

const request = (state: ChangeRequestModel['state'], legalCleared = false) => ({ state, legalCleared }) as ChangeRequestModel;
const DAYS = { SUBMITTED: 3, LEGALITY_REVIEW: 20, APPROVED: 5, RETURNED: 10 };

describe('working days', () => {
  it.each([
    ['2026-03-06', 1, '2026-03-09'], // Friday + 1 → Monday
    ['2026-03-06', 3, '2026-03-11'],
    ['2026-03-07', 1, '2026-03-09'], // Saturday + 1 → Monday
    ['2026-03-02', 5, '2026-03-09'], // a whole week
    ['2026-03-02', 20, '2026-03-30'],
  ])('%s plus %i working days is %s', (start, days, end) => {
    expect(addWorkingDays(start, days)).toBe(end);
  });

  it('counts the working days between two dates (how late a request is)', () => {
    expect(workingDaysBetween('2026-03-11', '2026-03-13')).toBe(2);
    expect(workingDaysBetween('2026-03-13', '2026-03-16')).toBe(1);
    expect(workingDaysBetween('2026-03-13', '2026-03-13')).toBe(0);
  });

  it('gives a deadline to the stages that wait for someone, and none to drafts or final states', () => {
    expect(dueOn(request('SUBMITTED'), DAYS, '2026-03-06')).toBe('2026-03-11');
    expect(dueOn(request('APPROVED'), DAYS, '2026-03-06')).toBe('2026-03-13');
    for (const state of ['DRAFT', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'] as const) expect(dueOn(request(state), DAYS, '2026-03-06')).toBeNull();
  });
});

describe('CHANGE_REQUEST_STAGE_DAYS', () => {
  it('defaults every stage to 20, takes one number or STAGE=days, and refuses anything else', () => {
    expect(loadConfig({}).changeRequests.stageDays).toEqual({ SUBMITTED: 20, LEGALITY_REVIEW: 20, APPROVED: 20, RETURNED: 20 });
    expect(loadConfig({ CHANGE_REQUEST_STAGE_DAYS: '15' }).changeRequests.stageDays.APPROVED).toBe(15);
    expect(loadConfig({ CHANGE_REQUEST_STAGE_DAYS: 'SUBMITTED=5, APPROVED=10' }).changeRequests.stageDays).toEqual({
      SUBMITTED: 5,
      LEGALITY_REVIEW: 20,
      APPROVED: 10,
      RETURNED: 20,
    });
    expect(() => loadConfig({ CHANGE_REQUEST_STAGE_DAYS: 'DRAFT=5' })).toThrow(/CHANGE_REQUEST_STAGE_DAYS.*DRAFT=5/);
    expect(() => loadConfig({ CHANGE_REQUEST_STAGE_DAYS: 'SUBMITTED=0' })).toThrow(/CHANGE_REQUEST_STAGE_DAYS/);
  });
});

describe('the transition table', () => {
  it('gives every action one role set, and inboxes that never overlap', () => {
    expect(TRANSITIONS.PUBLISH).toMatchObject({ roles: ['publisher'], from: ['APPROVED'], to: 'PUBLISHED' });
    const states = [request('DRAFT'), request('SUBMITTED'), request('LEGALITY_REVIEW'), request('LEGALITY_REVIEW', true), request('APPROVED')];
    const roles = ['proposer', 'legal-reviewer', 'approver', 'publisher'] as const;
    expect(states.map((r) => roles.filter((role) => awaits(role, r)))).toEqual([
      ['proposer'],
      ['legal-reviewer'],
      ['legal-reviewer'],
      ['approver'],
      ['publisher'],
    ]);
  });
});
