import type { App } from '../../src/app';
import { cypher } from '../../src/db/cypher-registry';

const WRITE_POWERS = cypher('test-support/list-power');
const WRITE_ENFORCEMENT = cypher('test-support/list-enforcement');
const WRITE_WHISTLE = cypher('test-support/list-whistle');
const WRITE_DUTIES = cypher('test-support/list-duty');
const WRITE_LENIENT = cypher('test-support/list-lenient');

export interface PowerInput {
  name: string;
  organizationId: string;
  subName?: string;
  code?: string;
  category?: string;
  validFrom?: string;
  validTo?: string;
  /** The older version of the same row this one replaces (same identityKey). */
  supersedesId?: string;
}

export interface EnforcementInput {
  name: string;
  powerIds: string[];
  fromId: string;
  toId: string;
  mode?: string;
  rawMode?: string;
  actsInNameOf?: string;
  validFrom?: string;
  validTo?: string;
  status?: string;
}

export interface WhistleInput {
  name: string;
  whistledByIds?: string[];
  leadIds?: string[];
  cooperatingIds?: string[];
  powerIds?: string[];
  validFrom?: string;
  validTo?: string;
}

export interface DutyInput {
  name: string;
  townshipId: string;
  counterpartIds?: string[];
  powerIds?: string[];
  listKind?: string;
  townshipDuty?: string;
  departmentDuty?: string;
  validFrom?: string;
  validTo?: string;
}

export interface LenientInput {
  violation: string;
  powerIds?: string[];
  implementedByIds?: string[];
  kind?: string;
  conditions?: string;
  validFrom?: string;
  validTo?: string;
}

/**
 * Builders of list rows (powers, hand-overs, whistle matters, duties, lenient items), written as
 * ADR 0001 says the importer writes them. Ids carry the caller's unique prefix; each call returns
 * the local ids of the rows it wrote, in order.
 */
export class ListBuilder {
  private sequence = 0;

  constructor(
    private readonly app: App,
    readonly prefix: string,
  ) {}

  private nextId(kind: string): string {
    this.sequence += 1;
    return `${this.prefix}-${kind}-${this.sequence}`;
  }

  async powers(inputs: PowerInput[]): Promise<string[]> {
    const rows = inputs.map((p) => {
      const id = this.nextId('pw');
      return {
        id,
        identityKey: `${p.organizationId}|${p.category ?? 'PUNISHMENT'}|${p.name}|${p.subName ?? ''}`,
        contentHash: id,
        code: p.code ?? null,
        name: p.name,
        subName: p.subName ?? null,
        category: p.category ?? 'PUNISHMENT',
        rawCategory: p.category === 'LICENSING' ? '行政许可' : '行政处罚',
        validFrom: p.validFrom ?? '2020-01-01',
        validTo: p.validTo ?? null,
        organizationId: p.organizationId,
        supersedesId: p.supersedesId ?? null,
        sourceRow: this.sequence,
      };
    });
    await this.app.db.write('test.powers', WRITE_POWERS, { rows });
    return rows.map((r) => r.id);
  }

  async enforcementItems(inputs: EnforcementInput[]): Promise<string[]> {
    const rows = inputs.map((e) => ({
      id: this.nextId('ei'),
      name: e.name,
      originalCode: null,
      mode: e.mode ?? 'GRANT',
      rawMode: e.rawMode ?? (e.mode === 'ENTRUST' ? '委托' : '赋权'),
      actsInNameOf: e.actsInNameOf ?? (e.mode === 'ENTRUST' ? 'DELEGATOR' : 'SELF'),
      decisionDocNo: '示例政发〔2022〕1号',
      published: true,
      validFrom: e.validFrom ?? '2022-01-01',
      validTo: e.validTo ?? null,
      evaluationDue: '2025-01-01',
      status: e.status ?? 'ACTIVE',
      powerIds: e.powerIds,
      fromId: e.fromId,
      toId: e.toId,
      sourceRow: this.sequence,
    }));
    await this.app.db.write('test.enforcementItems', WRITE_ENFORCEMENT, { rows });
    return rows.map((r) => r.id);
  }

  async whistleMatters(inputs: WhistleInput[]): Promise<string[]> {
    const rows = inputs.map((m) => ({
      id: this.nextId('wm'),
      name: m.name,
      kind: '群众诉求',
      urgency: '日常',
      responseLimitMinutes: 30,
      closeLimitDays: 5,
      streetDuty: '发现并上报',
      remarks: null,
      validFrom: m.validFrom ?? '2022-01-01',
      validTo: m.validTo ?? null,
      whistledByIds: m.whistledByIds ?? [],
      leadIds: m.leadIds ?? [],
      cooperatingIds: m.cooperatingIds ?? [],
      powerIds: m.powerIds ?? [],
      sourceRow: this.sequence,
    }));
    await this.app.db.write('test.whistleMatters', WRITE_WHISTLE, { rows });
    return rows.map((r) => r.id);
  }

  async dutyItems(inputs: DutyInput[]): Promise<string[]> {
    const rows = inputs.map((d) => ({
      id: this.nextId('du'),
      listKind: d.listKind ?? 'BASIC',
      name: d.name,
      townshipDuty: d.townshipDuty ?? null,
      departmentDuty: d.departmentDuty ?? null,
      basis: null,
      validFrom: d.validFrom ?? '2022-01-01',
      validTo: d.validTo ?? null,
      townshipId: d.townshipId,
      counterpartIds: d.counterpartIds ?? [],
      powerIds: d.powerIds ?? [],
      sourceRow: this.sequence,
    }));
    await this.app.db.write('test.dutyItems', WRITE_DUTIES, { rows });
    return rows.map((r) => r.id);
  }

  async lenientItems(inputs: LenientInput[]): Promise<string[]> {
    const rows = inputs.map((l) => ({
      id: this.nextId('le'),
      kind: l.kind ?? 'FIRST_OFFENCE_NO_PENALTY',
      violation: l.violation,
      conditions: l.conditions ?? null,
      violationBasis: null,
      penaltyBasis: null,
      lenientBasis: null,
      validFrom: l.validFrom ?? '2022-01-01',
      validTo: l.validTo ?? null,
      powerIds: l.powerIds ?? [],
      implementedByIds: l.implementedByIds ?? [],
      sourceRow: this.sequence,
    }));
    await this.app.db.write('test.lenientItems', WRITE_LENIENT, { rows });
    return rows.map((r) => r.id);
  }
}
