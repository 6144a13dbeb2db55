import type { Database, Tx } from '../../../db/database';
import { anyMap, type Check, decodeChecked, list, map, oneOf, str } from '../../../db/row-check';
import { NODE_TYPES } from '../../../shared/global-id';
import { startEach, TurnBudget } from '../../../shared/event-loop';
import { flatCopy } from '../../../shared/flat-copy';
import { WEAK_LEVELS } from './explain-basis';
import { CODE_TYPE_LETTERS } from '../../../domain/item-codes';
import { findingId } from './finding-id';
import { FINDING_KIND_SPECS } from './finding-kinds';
import type { FindingKindValue, FindingModel, FindingRow, NodeRef } from './finding.model';

/** One row of a finding statement, checked in place (the analysis's hot path: db/row-check.ts). */
const FINDING_ROW: Check<FindingRow> = map({
  subjectId: str,
  subjectName: str,
  organizations: list(map({ id: str, name: str })),
  related: list(map({ type: oneOf(NODE_TYPES), id: str, name: str })),
  facts: anyMap,
});

const byName = (a: FindingModel, b: FindingModel): number =>
  a.subject.name < b.subject.name ? -1 : a.subject.name > b.subject.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * One object per organization or node a result names, for every finding that names it: a
 * province's findings name the same organizations thousands of times, and each row brought its own.
 * (Freezing them made a hidden class per object: 94,000 of them at a million powers.)
 */
class SharedRefs {
  readonly #refs = new Map<string, { id: string; name: string }>();

  of<T extends { id: string; name: string }>(type: string, ref: T): T {
    const key = `${type}\u0000${ref.id}\u0000${ref.name}`;
    const known = this.#refs.get(key);
    if (known !== undefined) return known as T;
    this.#refs.set(key, ref);
    return ref;
  }
}

/**
 * Runs a kind's set-based statements (one round trip each, all in one read transaction) and words
 * each row. Rows come back filtered by organization in the database; the few kinds that read
 * `Power.citations` (a JSON string Cypher cannot open) get prefiltered candidates and decide here.
 */
export class FindingRepository {
  /** With `tx`, the scans run in that transaction (issue 6's impact reads its own uncommitted writes). */
  constructor(
    private readonly db: Database,
    private readonly tx: Tx | null = null,
  ) {}

  private read<T>(operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.tx ? work(this.tx) : this.db.executeRead(operation, work);
  }

  /** The findings of one kind, sorted by subject name then id. */
  async ofKind(
    kind: FindingKindValue,
    asOf: string,
    organizationIds: readonly string[] | null,
  ): Promise<FindingModel[]> {
    return (await this.ofKinds([kind], asOf, organizationIds)).get(kind) ?? [];
  }

  /**
   * The findings of several kinds, each kind's sorted by subject name then id. Every scan of every
   * kind is sent at once in one transaction (Bolt pipelines them: Neo4j runs one after another
   * without waiting for the service to ask), and the rows are worded as they come back. A
   * province batch or an impact asks for all 21 kinds: one transaction instead of 21, and no round
   * trip between two statements.
   */
  async ofKinds(
    kinds: readonly FindingKindValue[],
    asOf: string,
    organizationIds: readonly string[] | null,
  ): Promise<Map<FindingKindValue, FindingModel[]>> {
    const params = { asOf, organizationIds, weakLevels: [...WEAK_LEVELS], codeTypeCategories: CODE_TYPE_LETTERS };
    const scans = kinds.flatMap((kind) => FINDING_KIND_SPECS[kind].scans.map((scan) => ({ kind, scan })));
    const operation = kinds.length === 1 ? `findings.${kinds[0]}` : 'findings';
    return this.read(operation, async (tx) => {
      // Awaited in order below, each kind worded while Neo4j runs the next.
      const pending = await startEach(scans, ({ scan }) => tx.run(scan.statement, params));
      const out = new Map<FindingKindValue, FindingModel[]>(kinds.map((kind) => [kind, []]));
      // A province's partitions give thousands of rows: other requests run whenever a turn is spent.
      const turn = new TurnBudget();
      const refs = new SharedRefs();
      for (const [i, { kind, scan }] of scans.entries()) {
        const spec = FINDING_KIND_SPECS[kind];
        const findings = out.get(kind)!;
        for (const [n, raw] of (await pending[i]!).entries()) {
          if (turn.spent) await turn.check();
          const row = decodeChecked(scan.statement, raw, FINDING_ROW, n);
          for (const draft of scan.explain(row, asOf)) {
            const subject: NodeRef = { type: scan.subjectType, id: row.subjectId, name: row.subjectName };
            // Kept for as long as the partition's analysis is (ADR 0004): texts built of pieces are
            // copied to one piece each (the id is, in findingId).
            findings.push({
              id: findingId(kind, `${scan.subjectType}:${row.subjectId}`, draft.idParts ?? []),
              kind,
              severity: spec.severity,
              subject,
              related: (draft.related ?? row.related).map((ref) => refs.of(ref.type, ref)),
              organizations: row.organizations.map((ref) => refs.of('', ref)),
              explanation: flatCopy(draft.explanation),
              explanationEn: flatCopy(draft.explanationEn),
              evidence: draft.evidence.map(flatCopy),
              asOf,
            });
          }
        }
      }
      for (const findings of out.values()) findings.sort(byName);
      return out;
    });
  }
}
