import { samePowerOverlap } from './same-power';
import type { SamePowerRow } from './overlap.rows';

const row = (): SamePowerRow => ({
  divisionCode: '650203',
  divisionName: '克拉玛依区',
  itemKey: '对未经定点从事生猪屠宰活动的处罚',
  itemName: '对未经定点从事生猪屠宰活动的处罚',
  category: 'PUNISHMENT',
  holders: [
    { id: 'org-b', name: '综合行政执法局', powerIds: ['pw-2'], powerNames: ['对未经定点从事生猪屠宰活动的处罚'] },
    { id: 'org-a', name: '农业农村局', powerIds: ['pw-1'], powerNames: ['对未经定点从事生猪屠宰活动的处罚'] },
  ],
});

describe('an overlap worded when read (overlapOf)', () => {
  it('keeps its facts and words both explanations from its rows each time they are read', () => {
    const overlap = samePowerOverlap(row(), '2026-06-01');
    expect(Object.keys(overlap)).not.toContain('explanation');
    expect(Object.keys(overlap)).not.toContain('explanationEn');
    expect(overlap.organizationIds).toEqual(['org-a', 'org-b']);
    expect(overlap.involvedOrganizationIds).toBe(overlap.organizationIds);
    expect(overlap.explanation).toBe(
      '2026-06-01，克拉玛依区（650203）范围内的2个机构同时以本机关名义行使同一行政处罚事项「对未经定点从事生猪屠宰活动的处罚」：' +
        '农业农村局、综合行政执法局，均非通过委托或赋权取得。同一政府内同一职权由多个机构行使，属职责交叉，建议明确主责机构。' +
        '清单行：农业农村局「对未经定点从事生猪屠宰活动的处罚」；综合行政执法局「对未经定点从事生猪屠宰活动的处罚」。',
    );
    expect(overlap.explanationEn).toContain('2 organizations within 克拉玛依区 (650203)');
    expect(overlap.explanationEn).toContain('农业农村局 and 综合行政执法局');
  });

  it('gives both explanations to JSON, as a plain overlap did', () => {
    const overlap = samePowerOverlap(row(), '2026-06-01');
    const json = JSON.parse(JSON.stringify(overlap)) as Record<string, unknown>;
    expect(json['explanation']).toBe(overlap.explanation);
    expect(json['explanationEn']).toBe(overlap.explanationEn);
    expect(json['id']).toBe(overlap.id);
    expect(json['powerIds']).toEqual(['pw-1', 'pw-2']);
  });

  it('keeps its own copy of what it words from, not the rows it was found in', () => {
    const source = row();
    const overlap = samePowerOverlap(source, '2026-06-01');
    const before = [overlap.explanation, overlap.explanationEn];
    source.divisionName = '独山子区';
    source.itemName = '另一事项';
    for (const h of source.holders) {
      h.name = '改名局';
      h.powerNames.push('另一行');
    }
    expect([overlap.explanation, overlap.explanationEn]).toEqual(before);
  });
});
