import { parseBasis } from './parse';

const pick = (text: string) =>
  parseBasis(text).map((c) => ({
    name: c.lawName,
    article: c.article,
    ...(c.paragraph !== undefined ? { paragraph: c.paragraph } : {}),
    ...(c.item !== undefined ? { item: c.item } : {}),
  }));

describe('parseBasis', () => {
  it('splits at level tags and reads tag, name, version clue, article, paragraph and quote', () => {
    const [law, rule] = parseBasis(
      '【法律】《中华人民共和国社会保险法》（2010年10月28日第十一届全国人民代表大会常务委员会第十七次会议通过　根据2018年12月29日第十三届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国社会保险法〉的决定》修正）\n' +
        '    第八十八条：以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回。\n' +
        '【规章】《社会保险基金行政监督办法》（2022年2月9日人力资源社会保障部令第48号公布）第十五条第一款：依照本法第二十条的规定。',
    );
    expect(law).toMatchObject({
      index: 0,
      levelTag: '法律',
      level: 'LAW',
      lawName: '中华人民共和国社会保险法',
      bracketed: true,
      article: 88,
      versionClue: { date: '2018-12-29', precision: 'day', kind: 'amended' },
      quote: '以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回。',
    });
    expect(law?.versionDates.map((d) => `${d.kind}:${d.date}`)).toEqual(['passed:2010-10-28', 'amended:2018-12-29']);
    expect(rule).toMatchObject({
      index: 1,
      levelTag: '规章',
      level: 'DEPT_RULE',
      article: 15,
      paragraph: 1,
      quote: '依照本法第二十条的规定。',
    });
    expect(parseBasis('x')).toEqual([]);
  });

  it('reads Chinese numerals, 之一 and 末款', () => {
    expect(
      parseBasis('【法律】《某法》\n第一百零八条：甲。\n第十条之一：乙。\n第四十七条末款：丙。').map((c) => [
        c.article,
        c.articleSuffix,
        c.paragraph,
      ]),
    ).toEqual([
      [108, undefined, undefined],
      [10, 1, undefined],
      [47, undefined, -1],
    ]);
  });

  it('expands lists, forgotten 条/第, and ranges into one citation per provision', () => {
    expect(
      pick('【法律】《行政许可法》（2019年4月23日修正）\n第三十条、三十二条、第三十八、第四十条。').map(
        (c) => c.article,
      ),
    ).toEqual([30, 32, 38, 40]);
    const range = parseBasis('【法律】《行政许可法》\n第二十九条至第三十一条，第六十九条');
    expect(range.map((c) => c.article)).toEqual([29, 30, 31, 69]);
    expect(range[0]?.expandedFrom).toBe('第二十九条至第三十一条，第六十九条');
  });

  it('expands paragraph and item lists, and a bare 第二款 continues the article above', () => {
    expect(pick('【法律】《种子法》\n第七十八条第一款第一、三项：甲\n第十二条第一款、第二款：乙\n第二款：丙')).toEqual([
      { name: '种子法', article: 78, paragraph: 1, item: 1 },
      { name: '种子法', article: 78, paragraph: 1, item: 3 },
      { name: '种子法', article: 12, paragraph: 1 },
      { name: '种子法', article: 12, paragraph: 2 },
      { name: '种子法', article: 12, paragraph: 2 },
    ]);
    expect(pick('【法规】《条例》\n第二十一条第一项至第三项：甲')).toEqual(
      [1, 2, 3].map((item) => ({ name: '条例', article: 21, item })),
    );
  });

  it('does not take references inside quoted text for citations', () => {
    const cs = parseBasis(
      '【法律】《中华人民共和国档案法》（2020年6月20日修订）\n' +
        '    第四十九条：有本法第四十八条第一项、第二项违法行为之一的，依照《中华人民共和国行政处罚法》第二十条的规定；\n' +
        '（一）《资质认定书》使用情况；第三条规定的除外。\n' +
        '《巴塞尔公约》规定的“危险废物”。\n' +
        '    第五十条：罚款。',
    );
    expect(cs.map((c) => [c.lawName, c.article])).toEqual([
      ['中华人民共和国档案法', 49],
      ['中华人民共和国档案法', 50],
    ]);
    expect(cs[0]?.quote).toContain('《巴塞尔公约》');
  });

  it('starts a new citation at a line that opens with 《name》 and a version parenthesis', () => {
    expect(
      pick(
        '【法规】《甲条例》\n第一条：引用《乙法》的规定。\n《行政事业性国有资产管理条例》（2021年2月1日国务院令第738号公布）第五条 第二款：丙',
      ),
    ).toEqual([
      { name: '甲条例', article: 1 },
      { name: '行政事业性国有资产管理条例', article: 5, paragraph: 2 },
    ]);
  });

  it('accepts names with missing or broken brackets', () => {
    expect(pick('【法律】中华人民共和国行政许可法》（2003年8月通过，2019年4月2修正）第三十条')).toEqual([
      { name: '中华人民共和国行政许可法', article: 30 },
    ]);
    expect(pick('【法规】（禁止使用童工规定》（2002年10月1日国务院令第364号公布）\n第四条：甲')).toEqual([
      { name: '禁止使用童工规定', article: 4 },
    ]);
    expect(pick('【规章】《报废机动车回收管理办法》实施细则》（商务部令2020年第2号）\n第五条：甲')).toEqual([
      { name: '报废机动车回收管理办法实施细则', article: 5 },
    ]);
    expect(
      pick(
        '【政府规章】《新疆维吾尔自治区实施<公共机构节能条例>办法（2012年2月23日自治区人民政府令第176号公布）\n第五条：甲',
      ),
    ).toEqual([{ name: '新疆维吾尔自治区实施<公共机构节能条例>办法', article: 5 }]);
    expect(pick('法规】《地质灾害防治条例》（2003年11月24日国务院令第394号公布）\n第九条:甲')).toEqual([
      { name: '地质灾害防治条例', article: 9 },
    ]);
  });

  it('maps level tags, making 【法规】/【规章】 local for local names, and ignores 【2020】 in document numbers', () => {
    const levels = parseBasis(
      '【法规】《植物检疫条例》第三条：甲\n【法规】《新疆维吾尔自治区技术市场条例》第七条：乙\n【规章】《新疆维吾尔自治区实施办法》（新政发【2020】53号）第一条：丙\n' +
        '【国务院决定】《国务院对确需保留的行政审批项目设定行政许可的决定》\n第86项：丁\n【规范性文件】《通知》全文适用\n【党内法规】《条例》第五条：戊\n【标准】《规范》第1条',
    ).map((c) => [c.levelTag, c.level, c.article, c.item, c.otherRef]);
    expect(levels).toEqual([
      ['法规', 'ADMIN_REGULATION', 3, undefined, undefined],
      ['法规', 'LOCAL_REGULATION', 7, undefined, undefined],
      ['规章', 'GOV_RULE', 1, undefined, undefined],
      ['国务院决定', 'SC_DECISION', undefined, 86, undefined],
      ['规范性文件', 'NORMATIVE_DOC', undefined, undefined, '全文'],
      ['党内法规', 'PARTY_REG', 5, undefined, undefined],
      ['标准', 'STANDARD', 1, undefined, undefined],
    ]);
  });

  it('keeps chapter references as citations without an article', () => {
    expect(
      parseBasis('【法律】《中华人民共和国行政处罚法》（2021年1月22日修订）\n第五章、第六章、第七章。').map((c) => [
        c.article,
        c.otherRef,
      ]),
    ).toEqual([
      [undefined, '第五章'],
      [undefined, '第六章'],
      [undefined, '第七章'],
    ]);
  });

  it('keeps a section with its chapter (第五章第二节), and a chapter before an article locates the article', () => {
    expect(
      parseBasis('【法律】《行政处罚法》\n第五章第二节、第六章。\n第七章第七十六条：甲').map((c) => [
        c.article,
        c.otherRef,
      ]),
    ).toEqual([
      [undefined, '第五章第二节'],
      [undefined, '第六章'],
      [76, undefined],
    ]);
  });

  it('drops a header written twice and an article written twice without text', () => {
    expect(
      pick(
        '【法律】《中华人民共和国环境保护法》（2014年4月修订）法律】《中华人民共和国环境保护法》（2014年4月修订） 第六十八条：\n 第六十八条：甲',
      ),
    ).toEqual([{ name: '中华人民共和国环境保护法', article: 68 }]);
  });

  it('reads month- and year-precision clues and ignores effective dates when a better date exists', () => {
    const [c] = parseBasis(
      '【法律】《反食品浪费法》（2021年4月第十三届全国人民代表大会常务委员会第二十八次会议通过，自2021年5月1日起施行）第十七条：甲',
    );
    expect(c?.versionClue).toEqual({ date: '2021-04', precision: 'month', kind: 'passed' });
  });
});
