/**
 * Level tags (【法律】【法规】…) to DOMAIN levels. 【法规】 and 【规章】 are used both for national
 * and local texts in real lists; a local name prefix (新疆…, 自治区…, XX省…) makes them local.
 */
import type { LegalLevel } from '../laws/types';

const TAGS: Readonly<Record<string, LegalLevel>> = {
  法律: 'LAW',
  宪法: 'LAW',
  行政法规: 'ADMIN_REGULATION',
  行法规: 'ADMIN_REGULATION',
  法规: 'ADMIN_REGULATION',
  地方性法规: 'LOCAL_REGULATION',
  地方法规: 'LOCAL_REGULATION',
  自治条例: 'LOCAL_REGULATION',
  单行条例: 'LOCAL_REGULATION',
  规章: 'DEPT_RULE',
  部门规章: 'DEPT_RULE',
  部令: 'DEPT_RULE',
  政府规章: 'GOV_RULE',
  地方政府规章: 'GOV_RULE',
  国务院决定: 'SC_DECISION',
  国务院令: 'SC_DECISION',
  规范性文件: 'NORMATIVE_DOC',
  其他规范性文件: 'NORMATIVE_DOC',
  党内法规: 'PARTY_REG',
  标准: 'STANDARD',
  国家标准: 'STANDARD',
  行业标准: 'STANDARD',
};

/** Tags a cell may write without the opening 【 ("法规】《…》"). */
export const KNOWN_TAGS: readonly string[] = Object.keys(TAGS).sort((a, b) => b.length - a.length);

const LOCAL_NAME = /^(新疆|自治区|兵团|克拉玛依|本省|本市|[\u4e00-\u9fa5]{2,3}省|[\u4e00-\u9fa5]{2,5}自治区)/;

export function isLocalName(name: string): boolean {
  return LOCAL_NAME.test(name.replace(/\s+/g, ''));
}

/** Returns undefined for a tag that is not a level ("【2020】" in a document number is not a tag). */
export function levelOfTag(tag: string, lawName: string | undefined): LegalLevel | undefined {
  const level = TAGS[tag.replace(/\s+/g, '')];
  if (level === undefined || lawName === undefined || !isLocalName(lawName)) return level;
  if (level === 'ADMIN_REGULATION') return 'LOCAL_REGULATION';
  if (level === 'DEPT_RULE') return 'GOV_RULE';
  return level;
}
