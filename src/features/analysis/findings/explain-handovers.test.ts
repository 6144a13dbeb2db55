import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from '../../../paths';
import { explainHandoverEvaluationOverdue, explainHandoverNotPublished, publicationBasis } from './explain-handovers';
import type { FindingRow } from './finding.model';

const LAWS = join(PROJECT_ROOT, 'data/laws/text');
const lawText = (dir: string, file: string): string => readFileSync(join(LAWS, dir, file), 'utf8');
/** The text of one article (第N条 up to the next article). */
const article = (text: string, numeral: string): string => {
  const start = text.indexOf(`\n第${numeral}条 `);
  const next = text.slice(start + 1).search(/\n第[一二三四五六七八九十百]+条 /u);
  return text.slice(start, next < 0 ? undefined : start + 1 + next);
};
const PENALTY = lawText('行政法', '行政处罚法(2021-01-22).md');
const LICENSING = lawText('行政法', '行政许可法(2019-04-23).md');

const row = (mode: string, category: string, extra: Record<string, unknown> = {}): FindingRow => ({
  subjectId: 'h1',
  subjectName: '某事项',
  organizations: [],
  related: [],
  facts: {
    mode,
    rawMode: mode === 'GRANT' ? '赋权' : '委托',
    published: false,
    validTo: '2027-01-01',
    from: { name: '甲局' },
    to: { name: '东镇人民政府', orgType: 'TOWNSHIP_GOV' },
    power: { name: '对某行为的处罚', category },
    ...extra,
  },
});

describe('HANDOVER_NOT_PUBLISHED cites the article that matches the mode', () => {
  it('a grant (赋权 / 交由行使): 行政处罚法 §24, whose decision "应当公布"; never §20 on entrustment letters', () => {
    const [draft] = explainHandoverNotPublished(row('GRANT', 'PUNISHMENT'), '2026-12-01');
    expect(draft!.explanation).toContain('《行政处罚法》第二十四条');
    expect(draft!.explanation).not.toContain('第二十条');
    expect(draft!.explanationEn).toContain('art. 24');
    expect(article(PENALTY, '二十四')).toContain('决定应当公布');
  });

  it('an entrustment of a punishment: 行政处罚法 §20 (委托书载明期限、向社会公布)', () => {
    const [draft] = explainHandoverNotPublished(row('ENTRUST', 'PUNISHMENT', { validTo: null }), '2026-12-01');
    expect(draft!.explanation).toContain('《行政处罚法》第二十条');
    expect(draft!.explanation).toContain('委托未写明期限');
    const text = article(PENALTY, '二十');
    expect(text).toContain('委托书应当载明委托的具体事项、权限、期限');
    expect(text).toContain('向社会公布');
  });

  it('an entrustment of a licence: 行政许可法 §24 (予以公告)', () => {
    const [draft] = explainHandoverNotPublished(row('ENTRUST', 'LICENSING'), '2026-12-01');
    expect(draft!.explanation).toContain('《行政许可法》第二十四条');
    expect(article(LICENSING, '二十四')).toContain('受委托实施行政许可的内容予以公告');
  });

  it('other modes cite no article the law does not have', () => {
    expect(publicationBasis('JOINT', 'PUNISHMENT').zh).not.toMatch(/第.+条/u);
  });
});

describe('HANDOVER_EVALUATION_OVERDUE', () => {
  it('cites 行政处罚法 §24, which requires periodic evaluation (定期组织评估)', () => {
    const [draft] = explainHandoverEvaluationOverdue(row('GRANT', 'PUNISHMENT', { evaluationDue: '2025-01-01' }), '2026-12-01');
    expect(draft!.explanation).toContain('第二十四条');
    expect(article(PENALTY, '二十四')).toContain('定期组织评估');
  });
});

describe('the other articles findings and the authority check cite say what they are cited for', () => {
  it('行政强制法 §17: coercive measures may not be entrusted; 行政许可法 §24: licences only to administrative organs', () => {
    expect(article(lawText('行政法', '行政强制法(2011-06-30).md'), '十七')).toContain('行政强制措施权不得委托');
    expect(article(LICENSING, '二十四')).toContain('可以委托其他行政机关实施行政许可');
  });

  it('行政复议法 (2023) §19: the entrusting organ, and after an abolition its successor, is the respondent', () => {
    const text = article(lawText('诉讼与非诉讼程序法', '行政复议法(2023-09-01).md'), '十九');
    expect(text).toContain('行政机关委托的组织作出行政行为的，委托的行政机关是被申请人');
    expect(text).toContain('被撤销或者职权变更的，继续行使其职权的行政机关是被申请人');
  });
});
