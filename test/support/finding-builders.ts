import type { App } from '../../src/app';
import { cypher } from '../../src/db/cypher-registry';
import { GraphBuilder } from './builders';
import { ListBuilder } from './list-builders';
import { PowerBuilder } from './power-builders';

const WRITE_HANDOVERS = cypher('test-support/finding-write-handovers');
const LINK_SUCCESSORS = cypher('test-support/finding-link-successors');

export interface HandOverSpec {
  name: string;
  powerIds: string[];
  fromId: string;
  toId: string;
  mode?: 'GRANT' | 'ENTRUST';
  rawMode?: string;
  published?: boolean;
  validFrom?: string;
  validTo?: string | null;
  evaluationDue?: string | null;
  status?: 'ACTIVE' | 'RECALLED';
}

/**
 * What the findings tests need beyond the power and list builders: hand-overs with every field
 * (published, end date, evaluation date, status) under control, and successor links. Ids carry
 * the caller's unique prefix.
 */
export class FindingBuilder {
  private sequence = 0;

  constructor(
    private readonly app: App,
    readonly prefix: string,
  ) {}

  async handOvers(specs: HandOverSpec[]): Promise<string[]> {
    const rows = specs.map((h) => {
      this.sequence += 1;
      const mode = h.mode ?? 'GRANT';
      return {
        id: `${this.prefix}-ho-${this.sequence}`,
        name: h.name,
        mode,
        rawMode: h.rawMode ?? (mode === 'ENTRUST' ? '委托' : '赋权'),
        actsInNameOf: mode === 'ENTRUST' ? 'DELEGATOR' : 'SELF',
        decisionDocNo: '示例政发〔2023〕1号',
        published: h.published ?? true,
        validFrom: h.validFrom ?? '2023-01-01',
        validTo: h.validTo === undefined ? (mode === 'ENTRUST' ? '2029-12-31' : null) : h.validTo,
        evaluationDue: h.evaluationDue === undefined ? (mode === 'GRANT' ? '2029-06-30' : null) : h.evaluationDue,
        status: h.status ?? 'ACTIVE',
        powerIds: h.powerIds,
        fromId: h.fromId,
        toId: h.toId,
        sourceFile: `${this.prefix}-执法事项.xlsx`,
        sourceRow: this.sequence + 1,
      };
    });
    await this.app.db.write('test.findings.handOvers', WRITE_HANDOVERS, { rows });
    return rows.map((r) => r.id);
  }

  async successors(links: { fromId: string; toId: string; date: string }[]): Promise<void> {
    await this.app.db.write('test.findings.successors', LINK_SUCCESSORS, { rows: links });
  }
}

/** The local ids of the small graph `buildFindingGraph` writes. */
export interface FindingGraph {
  organizations: Record<string, string>;
  powers: Record<string, string>;
  handOvers: Record<string, string>;
}

/**
 * A small graph with one planted case of every finding kind and the negative cases beside them
 * (see findings.test.ts). Names carry the prefix; dates are chosen for asOf 2026-12-01.
 */
export async function buildFindingGraph(app: App, prefix: string): Promise<FindingGraph> {
  const graph = new GraphBuilder(app, prefix);
  const laws = new PowerBuilder(app, prefix);
  const lists = new ListBuilder(app, prefix);
  const findings = new FindingBuilder(app, prefix);
  await graph.divisions([
    { code: 'city', name: '示例市', level: 'CITY' },
    { code: 't1', name: '东镇', level: 'TOWNSHIP', parentCode: 'city' },
    { code: 't2', name: '西镇', level: 'TOWNSHIP', parentCode: 'city' },
  ]);
  const orgNames = ['甲局', '乙局', '旧局', '废局', '东镇人民政府', '西镇人民政府', '东镇综合行政执法队'] as const;
  const ids = await graph.orgs([
    { name: '甲局', orgType: 'GOV_DEPT', divisionCode: 'city' },
    { name: '乙局', orgType: 'GOV_DEPT', divisionCode: 'city' },
    { name: '旧局', orgType: 'GOV_DEPT', divisionCode: 'city', validFrom: '2010-01-01', validTo: '2024-12-31' },
    { name: '废局', orgType: 'GOV_DEPT', divisionCode: 'city', validFrom: '2010-01-01', validTo: '2025-03-31' },
    { name: '东镇人民政府', orgType: 'TOWNSHIP_GOV', divisionCode: 't1' },
    { name: '西镇人民政府', orgType: 'TOWNSHIP_GOV', divisionCode: 't2' },
    { name: '东镇综合行政执法队', orgType: 'ENFORCEMENT_TEAM', divisionCode: 't1' },
  ]);
  const org = Object.fromEntries(orgNames.map((n, i) => [n, ids[i] ?? ''])) as Record<
    (typeof orgNames)[number],
    string
  >;
  await findings.successors([{ fromId: org['旧局'], toId: org['甲局'], date: '2025-01-01' }]);

  await laws.laws([
    {
      key: 'l1',
      name: '示例法',
      versions: [
        { key: 'v2018', publishDate: '2018-10-26', expired: true, provisions: [{ article: 47 }] },
        { key: 'v2022', publishDate: '2022-09-02', provisions: [{ article: 47 }] },
      ],
    },
    // Repealed: its only version expired without a successor, so no version is in force.
    {
      key: 'l2',
      name: '旧示例条例',
      level: 'ADMIN_REGULATION',
      versions: [{ key: 'l2v2015', publishDate: '2015-03-01', expired: true }],
    },
  ]);
  const law = { levelTag: '法律', level: 'LAW', lawName: `中华人民共和国${prefix}示例法`, article: 47 };
  const current = {
    ...law,
    text: `【法律】《中华人民共和国${prefix}示例法》第四十七条`,
    provision: { version: 'v2022', article: 47 },
  };
  const old = {
    ...law,
    text: `【法律】《中华人民共和国${prefix}示例法》（2018年10月26日修正）第四十七条`,
    provision: { version: 'v2018', article: 47 },
  };
  // Older than any version the catalog holds: the importer knows the law but ties no provision.
  const unversioned = {
    ...law,
    text: `【法律】《中华人民共和国${prefix}示例法》（2010年5月1日修正）第四十七条`,
    lawId: 'l1',
    unresolvedCode: 'VERSION_NOT_IN_CATALOG',
    unresolvedReason:
      '引用的版本（2010-05-01）早于法律目录收录的最早版本（2018-10-26） / the cited version predates the catalog',
  };
  const notice = {
    text: `【规范性文件】《${prefix}示例市关于外摆的通知》`,
    levelTag: '规范性文件',
    level: 'NORMATIVE_DOC',
    lawName: `${prefix}示例市关于外摆的通知`,
    unresolvedCode: 'LAW_NOT_IN_CATALOG',
    unresolvedReason: '法律目录中没有 / not in the catalog',
  };
  const resp = [{ stage: '决定责任', text: '依法作出决定' }];
  const by = (name: (typeof orgNames)[number]) => [{ organizationId: org[name] }];
  const powers = await laws.powers([
    { key: 'ok', name: '合规处罚', exercisedBy: by('甲局'), citations: [current], responsibilities: resp },
    { key: 'noBasis', name: '无依据处罚', exercisedBy: by('甲局'), responsibilities: resp },
    { key: 'heading', name: '有子项的处罚', exercisedBy: by('甲局') },
    {
      key: 'sub',
      name: '有子项的处罚',
      subName: '子项一',
      parent: 'heading',
      exercisedBy: by('甲局'),
      citations: [current],
      responsibilities: resp,
    },
    { key: 'weak', name: '只有通知的处罚', exercisedBy: by('甲局'), citations: [notice], responsibilities: resp },
    {
      key: 'mixed',
      name: '通知加法律的处罚',
      exercisedBy: by('甲局'),
      citations: [notice, current],
      responsibilities: resp,
    },
    { key: 'stale', name: '旧版本依据的处罚', exercisedBy: by('甲局'), citations: [old], responsibilities: resp },
    {
      key: 'unresolved',
      name: '引用废止法律的处罚',
      exercisedBy: by('甲局'),
      citations: [
        current,
        {
          text: '【法律】《中华人民共和国城市规划法》第四十条',
          levelTag: '法律',
          level: 'LAW',
          lawName: '中华人民共和国城市规划法',
          article: 40,
          unresolvedCode: 'LAW_NOT_IN_CATALOG',
          unresolvedReason: '法律目录中没有《中华人民共和国城市规划法》 / not in the law catalog',
        },
      ],
      responsibilities: resp,
    },
    {
      key: 'staleUnversioned',
      name: '未收录版本依据的处罚',
      exercisedBy: by('甲局'),
      citations: [unversioned],
      responsibilities: resp,
    },
    {
      key: 'staleBoth',
      name: '新旧版本混引的处罚',
      exercisedBy: by('甲局'),
      citations: [old, { ...unversioned, role: 'RESPONSIBILITY' }],
      responsibilities: resp,
    },
    {
      key: 'repealedUnversioned',
      name: '引用已废止条例旧版本的处罚',
      exercisedBy: by('甲局'),
      citations: [
        current,
        {
          text: `【行政法规】《${prefix}旧示例条例》（2009年1月1日公布）第十条`,
          levelTag: '行政法规',
          level: 'ADMIN_REGULATION',
          lawName: `${prefix}旧示例条例`,
          article: 10,
          lawId: 'l2',
          unresolvedCode: 'VERSION_NOT_IN_CATALOG',
          unresolvedReason:
            '引用的版本（2009-01-01）早于法律目录收录的最早版本（2015-03-01） / the cited version predates the catalog',
        },
      ],
      responsibilities: resp,
    },
    {
      key: 'noArticle',
      name: '未写条文的处罚',
      exercisedBy: by('甲局'),
      citations: [
        current,
        {
          text: `【法律】《中华人民共和国${prefix}示例法》`,
          levelTag: '法律',
          level: 'LAW',
          lawName: law.lawName,
          lawId: 'l1',
          unresolvedCode: 'NO_ARTICLE',
          unresolvedReason: '未写明条文 / no article given',
        },
        {
          role: 'RESPONSIBILITY',
          text: `《中华人民共和国${prefix}示例法》第九百条`,
          lawName: `中华人民共和国${prefix}示例法`,
          article: 900,
          lawId: 'l1',
          unresolvedCode: 'ARTICLE_NOT_IN_TEXT',
          unresolvedReason: '该版本文本中没有第900条 / article 900 is not in the text of that version',
        },
      ],
      responsibilities: resp,
    },
    {
      key: 'localNoArticle',
      name: '地方文件未写条文的处罚',
      exercisedBy: by('甲局'),
      citations: [
        current,
        { ...notice, unresolvedCode: 'NO_ARTICLE', unresolvedReason: '未写明条文 / no article given' },
      ],
      responsibilities: resp,
    },
    { key: 'noResp', name: '无责任事项的处罚', exercisedBy: by('甲局'), citations: [current] },
    { key: 'orphan', name: '旧局的处罚', exercisedBy: by('旧局'), citations: [current], responsibilities: resp },
    { key: 'orphan2', name: '废局的处罚', exercisedBy: by('废局'), citations: [current], responsibilities: resp },
    {
      key: 'coerce',
      name: '查封场所',
      category: 'COERCION',
      rawCategory: '行政强制措施',
      exercisedBy: by('甲局'),
      citations: [current],
      responsibilities: resp,
    },
    {
      key: 'licence',
      name: '甲许可',
      category: 'LICENSING',
      exercisedBy: by('甲局'),
      citations: [current],
      responsibilities: resp,
    },
    {
      key: 'licence2',
      name: '乙许可',
      category: 'LICENSING',
      exercisedBy: by('乙局'),
      citations: [current],
      responsibilities: resp,
    },
    { key: 'punishB', name: '乙局的处罚', exercisedBy: by('乙局'), citations: [current], responsibilities: resp },
    {
      key: 'neededB',
      name: '乙局的检查',
      category: 'INSPECTION',
      exercisedBy: by('乙局'),
      citations: [current],
      responsibilities: resp,
    },
    {
      key: 'neededT',
      name: '东镇的检查',
      category: 'INSPECTION',
      exercisedBy: by('东镇人民政府'),
      citations: [current],
      responsibilities: resp,
    },
  ]);

  const [coerce, licenceTeam, licenceTown, unpublished, noEnd, overdue, recalled, orphanHo, grantNeeded] =
    await findings.handOvers([
      {
        name: `${prefix}委托查封`,
        powerIds: [powers['coerce']!],
        fromId: org['甲局'],
        toId: org['东镇人民政府'],
        mode: 'ENTRUST',
      },
      {
        name: `${prefix}委托许可给执法队`,
        powerIds: [powers['licence']!],
        fromId: org['甲局'],
        toId: org['东镇综合行政执法队'],
        mode: 'ENTRUST',
      },
      {
        name: `${prefix}委托许可给镇政府`,
        powerIds: [powers['licence2']!],
        fromId: org['乙局'],
        toId: org['西镇人民政府'],
        mode: 'ENTRUST',
      },
      {
        name: `${prefix}未公布的赋权`,
        powerIds: [powers['ok']!],
        fromId: org['甲局'],
        toId: org['西镇人民政府'],
        published: false,
      },
      {
        name: `${prefix}无期限的委托`,
        powerIds: [powers['punishB']!],
        fromId: org['乙局'],
        toId: org['东镇人民政府'],
        mode: 'ENTRUST',
        validTo: null,
      },
      {
        name: `${prefix}评估逾期的赋权`,
        powerIds: [powers['ok']!],
        fromId: org['甲局'],
        toId: org['东镇人民政府'],
        evaluationDue: '2025-12-31',
      },
      {
        name: `${prefix}已收回的赋权`,
        powerIds: [powers['neededB']!],
        fromId: org['乙局'],
        toId: org['东镇人民政府'],
        status: 'RECALLED',
        validTo: '2025-06-30',
        published: false,
      },
      {
        name: `${prefix}旧局的赋权`,
        powerIds: [powers['orphan']!],
        fromId: org['旧局'],
        toId: org['西镇人民政府'],
        validFrom: '2022-01-01',
      },
      {
        name: `${prefix}乙局检查下放西镇`,
        powerIds: [powers['neededB']!],
        fromId: org['乙局'],
        toId: org['西镇人民政府'],
      },
    ]);

  await lists.whistleMatters([
    { name: `${prefix}无人牵头`, whistledByIds: [org['东镇人民政府']] },
    { name: `${prefix}旧局牵头`, whistledByIds: [org['东镇人民政府']], leadIds: [org['旧局']] },
    {
      name: `${prefix}甲局牵头但无权`,
      whistledByIds: [org['东镇人民政府']],
      leadIds: [org['甲局']],
      powerIds: [powers['neededB']!],
    },
    {
      name: `${prefix}乙局牵头`,
      whistledByIds: [org['东镇人民政府']],
      leadIds: [org['乙局']],
      powerIds: [powers['neededB']!],
    },
    {
      name: `${prefix}西镇牵头`,
      whistledByIds: [org['西镇人民政府']],
      leadIds: [org['西镇人民政府']],
      powerIds: [powers['neededB']!],
    },
  ]);
  await lists.dutyItems([
    {
      name: `${prefix}东镇配合检查`,
      townshipId: org['东镇人民政府'],
      listKind: 'COOPERATIVE',
      powerIds: [powers['neededB']!],
    },
    {
      name: `${prefix}东镇已收回事项`,
      townshipId: org['东镇人民政府'],
      listKind: 'RECALLED',
      powerIds: [powers['neededB']!],
    },
    {
      name: `${prefix}西镇基本检查`,
      townshipId: org['西镇人民政府'],
      listKind: 'BASIC',
      powerIds: [powers['neededB']!],
    },
    {
      name: `${prefix}东镇自己的检查`,
      townshipId: org['东镇人民政府'],
      listKind: 'BASIC',
      powerIds: [powers['neededT']!],
    },
  ]);
  await lists.lenientItems([
    {
      violation: `${prefix}首违不罚指向许可`,
      kind: 'FIRST_OFFENCE_NO_PENALTY',
      powerIds: [powers['licence']!],
      implementedByIds: [org['甲局']],
    },
    {
      violation: `${prefix}从轻指向他局处罚`,
      kind: 'LIGHTER',
      powerIds: [powers['punishB']!],
      implementedByIds: [org['甲局']],
    },
    {
      violation: `${prefix}从轻指向本局处罚`,
      kind: 'LIGHTER',
      powerIds: [powers['punishB']!],
      implementedByIds: [org['乙局']],
    },
    {
      violation: `${prefix}不予强制指向强制`,
      kind: 'NO_COERCION',
      powerIds: [powers['coerce']!],
      implementedByIds: [org['甲局']],
    },
  ]);
  const handOvers = { coerce, licenceTeam, licenceTown, unpublished, noEnd, overdue, recalled, orphanHo, grantNeeded };
  return {
    organizations: org,
    powers,
    handOvers: Object.fromEntries(Object.entries(handOvers).map(([k, v]) => [k, v ?? ''])),
  };
}
