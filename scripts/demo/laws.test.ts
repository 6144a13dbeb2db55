import { historyEvents, versionClue } from './laws';

describe('version clues the demo generator writes', () => {
  it('drops the parenthesis a law text closes its history with, so no stray "）" precedes 第N条', () => {
    const clue = versionClue({
      history: ['2016年3月16日第十二届全国人民代表大会第四次会议通过', '2023年12月29日第十四届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国慈善法〉的决定》修正）'],
      publish: '2023-12-29',
    });
    expect(clue).toBe('（2016年3月16日第十二届全国人民代表大会第四次会议通过，根据2023年12月29日第十四届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国慈善法〉的决定》修正）');
    expect(`${clue}第一百一十六条`).not.toContain('））');
  });

  it('joins a wrapped history line to the event it continues', () => {
    expect(historyEvents(['2019年8月26日第十三届全国人民代表大会常务委员会第十二次会议《关于修改〈中华人民共和国土地管理法〉', '〈中华人民共和国城市房地产管理法〉的决定》第三次修正'])).toEqual([
      '2019年8月26日第十三届全国人民代表大会常务委员会第十二次会议《关于修改〈中华人民共和国土地管理法〉〈中华人民共和国城市房地产管理法〉的决定》第三次修正',
    ]);
  });

  it('names the last amendment, not an effective-date note after it', () => {
    expect(versionClue({ history: ['1994年10月27日第八届全国人民代表大会常务委员会第十次会议通过', '2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议第二次修正', '2015年9月1日施行'], publish: '2021-04-29' })).toBe(
      '（1994年10月27日第八届全国人民代表大会常务委员会第十次会议通过，根据2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议第二次修正）',
    );
  });

  it('adds the version quoted when the text history stops before it, and nothing when passing precedes publication', () => {
    expect(versionClue({ history: ['2003年4月27日中华人民共和国国务院令第375号公布'], publish: '2010-12-20' })).toBe('（2003年4月27日中华人民共和国国务院令第375号公布，2010年12月20日修订）');
    expect(versionClue({ history: ['2003年7月30日国务院第16次常务会议通过'], publish: '2003-08-05' })).toBe('（2003年7月30日国务院第16次常务会议通过）');
    expect(versionClue({ history: [], publish: '2020-01-01' })).toBe('');
  });
});
