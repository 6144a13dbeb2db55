/**
 * listDiff and divisionDiff: the rows of two days compared (compare.ts), each change given the
 * change set that made it. Shared by the resolvers and `quanze diff`.
 * 版本比对服务：GraphQL 查询与命令行共用。
 */
import { z } from 'zod';

import { badInput } from '../../errors';
import { isIsoDate } from '../../shared/dates';
import { compareLists } from './compare';
import type { ChangeSetCandidate, ListDiffRepository } from './list-diff.repository';
import {
  countChanges,
  CHANGE_KINDS,
  type DiffCountsModel,
  type DivisionDiffModel,
  type ListDiffModel,
  type PowerChangeModel,
  type RowChange,
} from './list-diff.model';

/** The most organizations one divisionDiff compares (a county has tens; a city a few hundred). */
export const DIVISION_DIFF_MAX_ORGANIZATIONS = 500;

/** Both days checked: ISO 8601 dates, `from` not after `to`. Errors name the argument and why. */
export function checkDays(from: string, to: string): void {
  if (!isIsoDate(from))
    throw badInput('from', from, '须为 ISO 8601 日期，如 2024-01-01', 'must be an ISO 8601 date such as 2024-01-01');
  if (!isIsoDate(to))
    throw badInput('to', to, '须为 ISO 8601 日期，如 2025-01-01', 'must be an ISO 8601 date such as 2025-01-01');
  if (from > to)
    throw badInput('from', from, `起始日期 ${from} 晚于结束日期 ${to}`, `the start ${from} is after the end ${to}`);
}

/** A plan's change set keeps the plan in its summary: its effective date is the change's day. */
const PLAN_SUMMARY = z.looseObject({ plan: z.looseObject({ effectiveDate: z.string() }) });

function planDate(c: ChangeSetCandidate): string | null {
  try {
    const parsed = PLAN_SUMMARY.safeParse(JSON.parse(c.summary ?? 'null'));
    return parsed.success ? parsed.data.plan.effectiveDate : null;
  } catch {
    return null;
  }
}

/**
 * The change set of each change: for an import, the one whose list version starts on the change's
 * day; for a plan, the latest that took effect on that day (a revert undoes a plan: the latest
 * change set touching the row then).
 */
function attach(changes: readonly RowChange[], candidates: readonly ChangeSetCandidate[]): PowerChangeModel[] {
  return changes.map((change) => {
    const mine = candidates.filter((c) => c.powerId === change.causeRowId && c.cause === change.cause);
    const onDay = mine.filter((c) => (c.cause === 'PLAN' ? planDate(c) === change.date : c.day === change.date));
    const chosen = onDay[onDay.length - 1] ?? mine[mine.length - 1];
    return { ...change, changeSetId: chosen?.changeSetId ?? null };
  });
}

export class ListDiffService {
  constructor(
    private readonly repository: ListDiffRepository,
    /** Renamed: the names' bigram Dice similarity at least this (ANALYSIS_SIMILARITY). */
    private readonly threshold: number,
  ) {}

  async listDiff(organization: { id: string; name: string }, from: string, to: string): Promise<ListDiffModel> {
    checkDays(from, to);
    const rows = await this.repository.rowsAt(organization.id, from, to);
    const changes = await compareLists(rows.from, rows.to, this.threshold);
    const wanted = new Map(
      changes.map((c) => [`${c.causeRowId}|${c.cause}`, { powerId: c.causeRowId, cause: c.cause }]),
    );
    const candidates = await this.repository.changeSets([...wanted.values()]);
    return {
      organizationId: organization.id,
      organizationName: organization.name,
      from,
      to,
      changes: attach(changes, candidates),
    };
  }

  /** Every organization of the division with its counts per kind of change, and the division's totals. */
  async divisionDiff(divisionCode: string, from: string, to: string): Promise<DivisionDiffModel> {
    checkDays(from, to);
    const organizations = await this.repository.organizationsOf(
      divisionCode,
      from,
      to,
      DIVISION_DIFF_MAX_ORGANIZATIONS,
    );
    const rows: DivisionDiffModel['organizations'] = [];
    for (const o of organizations) {
      const { from: before, to: after } = await this.repository.rowsAt(o.id, from, to);
      const counts = countChanges(await compareLists(before, after, this.threshold));
      if (CHANGE_KINDS.some((k) => counts[k] > 0))
        rows.push({ organizationId: o.id, organizationName: o.name, counts });
    }
    const totals = Object.fromEntries(
      CHANGE_KINDS.map((k) => [k, rows.reduce((n, r) => n + r.counts[k], 0)]),
    ) as DiffCountsModel;
    return { divisionCode, from, to, organizations: rows, totals };
  }
}
