/**
 * Header specs per list kind, with the synonyms of docs IMPORT.md. 各类清单的表头同义词。
 * Field names are the ones the records layer reads (records/<kind>.ts *_FIELDS), and a column
 * a record kind requires is `required` here too, so a sheet without it is not taken for a list
 * of this kind (records/header-agreement.test.ts keeps the two in step).
 */
import type { ImportKind } from '../types';
import type { HeaderField, HeaderSpec } from './header-spec';

const SEQ: HeaderField = { field: 'seqNo', synonyms: ['序号', '编号'] };
const REMARKS: HeaderField = { field: 'remarks', synonyms: ['备注', '说明'] };
const CATEGORY_SYNONYMS = ['权力类型', '权力类别', '职权类型', '职权类别', '事项类型'];
const RELATED_POWER_SYNONYMS = ['关联权力', '关联权力事项', '关联职权', '对应权力事项'];
const ITEM_CONTINUATION = { seqField: 'seqNo', nameField: 'name', sameNameContinues: false };

/** 权责清单 — power and responsibility list. */
export const POWERS_SPEC: HeaderSpec = {
  kind: 'powers',
  minMatches: 3,
  searchRows: 15,
  continuation: { seqField: 'seqNo', nameField: 'name', sameNameContinues: true },
  fields: [
    SEQ,
    {
      field: 'name',
      required: true,
      synonyms: ['事项名称', '权责事项名称', '权力事项名称', '职权名称', '项目名称', '项目', '权责事项'],
    },
    { field: 'subName', synonyms: ['子项名称', '子项'] },
    { field: 'category', synonyms: CATEGORY_SYNONYMS },
    { field: 'code', synonyms: ['事项编码', '职权编码', '项目编码', '权力编码', '基本编码', '实施编码', '编码'] },
    { field: 'basis', synonyms: ['实施依据', '设定依据', '法律依据', '职权依据'] },
    { field: 'exercisedBy', synonyms: ['行使主体', '实施主体', '法定主体'] },
    { field: 'responsibleBody', synonyms: ['责任主体'] },
    { field: 'undertakenBy', synonyms: ['承办机构', '承办科室', '责任科室', '内设机构'] },
    { field: 'level', synonyms: ['实施层级及权限', '实施层级'], spanInto: 'scope' },
    { field: 'scope', synonyms: ['实施权限'] },
    { field: 'departmentDuty', synonyms: ['部门职责'] },
    { field: 'responsibilities', synonyms: ['责任事项内容', '责任事项'] },
    { field: 'responsibilityBasis', synonyms: ['责任事项依据', '责任事项的依据'] },
    { field: 'accountabilityScope', synonyms: ['追责对象范围'] },
    { field: 'accountability', synonyms: ['追责情形', '问责情形'] },
    { field: 'division', synonyms: ['所属行政区划'] },
    REMARKS,
  ],
};

/** 乡镇(街道)综合行政执法事项清单 — township enforcement list. */
export const ENFORCEMENT_SPEC: HeaderSpec = {
  kind: 'enforcement',
  minMatches: 3,
  searchRows: 15,
  continuation: ITEM_CONTINUATION,
  fields: [
    SEQ,
    { field: 'name', required: true, synonyms: ['事项名称', '权力事项名称', '执法事项名称', '职权名称'] },
    { field: 'originalCode', synonyms: ['原权力编码', '权力编码', '事项编码', '职权编码'] },
    { field: 'category', synonyms: CATEGORY_SYNONYMS },
    { field: 'fromOrg', required: true, synonyms: ['原实施部门', '原实施主体', '原行使主体'] },
    { field: 'toTownships', required: true, synonyms: ['承接乡镇(街道)', '承接乡镇', '承接街道', '承接主体'] },
    { field: 'mode', required: true, synonyms: ['赋权方式', '下放方式'] },
    { field: 'actingName', synonyms: ['实施名义'] },
    { field: 'decisionDocNo', synonyms: ['决定文号', '赋权文号', '文号'] },
    { field: 'published', synonyms: ['是否公布', '是否公开'] },
    { field: 'validFrom', synonyms: ['生效日期', '生效时间'] },
    { field: 'validTo', synonyms: ['失效日期', '失效时间'] },
    { field: 'evaluationDue', synonyms: ['评估日期', '评估时间'] },
    { field: 'status', synonyms: ['状态'] },
    REMARKS,
  ],
};

/** "街道吹哨、部门报到"事项清单 — whistle list. */
export const WHISTLE_SPEC: HeaderSpec = {
  kind: 'whistle',
  minMatches: 3,
  searchRows: 15,
  continuation: ITEM_CONTINUATION,
  fields: [
    SEQ,
    { field: 'name', required: true, synonyms: ['吹哨事项', '事项名称', '吹哨事项名称'] },
    { field: 'kind', synonyms: ['事项类别', '事项类型'] },
    { field: 'urgency', synonyms: ['哨型', '吹哨类型'] },
    { field: 'whistlers', required: true, synonyms: ['吹哨主体'] },
    { field: 'lead', synonyms: ['主责部门', '牵头部门', '报到部门'] },
    { field: 'cooperating', synonyms: ['配合部门', '协同部门'] },
    { field: 'neededPowers', synonyms: RELATED_POWER_SYNONYMS },
    { field: 'responseLimitMinutes', synonyms: ['报到时限(分钟)', '报到时限'] },
    { field: 'closeLimitDays', synonyms: ['办结时限(天)', '办结时限'] },
    { field: 'streetDuty', synonyms: ['街道职责', '乡镇(街道)职责'] },
    REMARKS,
  ],
};

/** 乡镇(街道)履行职责事项清单 — township duty lists. */
export const DUTIES_SPEC: HeaderSpec = {
  kind: 'duties',
  minMatches: 3,
  searchRows: 15,
  continuation: ITEM_CONTINUATION,
  fields: [
    SEQ,
    { field: 'listKind', required: true, synonyms: ['清单类型', '清单类别', '履职类型'] },
    { field: 'name', required: true, synonyms: ['事项名称', '履职事项', '职责事项'] },
    { field: 'township', synonyms: ['乡镇(街道)', '乡镇', '街道', '乡镇街道'] },
    { field: 'counterparts', synonyms: ['对口部门', '县直部门', '对应部门'] },
    { field: 'departmentDuty', synonyms: ['部门职责', '县直部门职责'] },
    { field: 'townshipDuty', synonyms: ['乡镇(街道)职责', '乡镇职责', '街道职责'] },
    { field: 'neededPowers', synonyms: RELATED_POWER_SYNONYMS },
    { field: 'basis', synonyms: ['依据', '法律依据', '实施依据'] },
    REMARKS,
  ],
};

/** 包容审慎监管"四张清单" — lenient enforcement lists. */
export const LENIENT_SPEC: HeaderSpec = {
  kind: 'lenient',
  minMatches: 3,
  searchRows: 15,
  continuation: { seqField: 'seqNo', nameField: 'violation', sameNameContinues: false },
  fields: [
    SEQ,
    { field: 'kind', required: true, synonyms: ['清单类型', '清单类别'] },
    { field: 'violation', required: true, synonyms: ['违法行为', '违法行为名称', '事项名称'] },
    { field: 'conditions', synonyms: ['适用条件', '适用情形'] },
    { field: 'violationBasis', synonyms: ['违则依据', '违法依据'] },
    { field: 'penaltyBasis', synonyms: ['罚则依据', '处罚依据'] },
    { field: 'lenientBasis', synonyms: ['从宽依据', '不予处罚依据', '免罚依据'] },
    { field: 'department', synonyms: ['实施部门', '实施主体', '执法部门'] },
    { field: 'relatedPowers', synonyms: RELATED_POWER_SYNONYMS },
    REMARKS,
  ],
};

/** Organizations (机构). One row, one organization: no continuation rows. */
export const ORGANIZATIONS_SPEC: HeaderSpec = {
  kind: 'organizations',
  minMatches: 2,
  searchRows: 15,
  fields: [
    SEQ,
    { field: 'name', required: true, synonyms: ['名称', '机构名称', '单位名称', '组织名称'] },
    { field: 'orgType', required: true, synonyms: ['类型', '机构类型', '单位类型'] },
    { field: 'level', synonyms: ['层级', '机构层级'] },
    { field: 'parent', synonyms: ['上级机构', '上级单位', '主管部门'] },
    { field: 'divisionCode', synonyms: ['行政区划代码', '区划代码'] },
    { field: 'uscc', synonyms: ['统一社会信用代码', '社会信用代码'] },
    { field: 'validFrom', synonyms: ['成立日期', '设立日期'] },
    { field: 'validTo', synonyms: ['撤销日期', '撤并日期'] },
    { field: 'successor', synonyms: ['继任机构', '承继机构'] },
    REMARKS,
  ],
};

/** Administrative divisions (行政区划). */
export const DIVISIONS_SPEC: HeaderSpec = {
  kind: 'divisions',
  minMatches: 2,
  searchRows: 15,
  fields: [
    SEQ,
    { field: 'code', required: true, synonyms: ['行政区划代码', '区划代码', '代码'] },
    { field: 'name', required: true, synonyms: ['名称', '区划名称', '行政区划名称'] },
    { field: 'level', required: true, synonyms: ['层级', '级别'] },
    { field: 'parentCode', synonyms: ['上级区划代码', '上级代码'] },
    REMARKS,
  ],
};

export const HEADER_SPECS: Readonly<Partial<Record<ImportKind, HeaderSpec>>> = {
  powers: POWERS_SPEC,
  catalog: POWERS_SPEC,
  enforcement: ENFORCEMENT_SPEC,
  whistle: WHISTLE_SPEC,
  duties: DUTIES_SPEC,
  lenient: LENIENT_SPEC,
  organizations: ORGANIZATIONS_SPEC,
  divisions: DIVISIONS_SPEC,
};
