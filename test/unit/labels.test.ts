import { distinctLabels, keepEnd, keepStart, overlapShare, placeLabels } from '../../web/src/labels';

describe('labels', () => {
  it('keep the distinguishing end of an organization name and the start of a power name', () => {
    expect(keepEnd('青石市人力资源和社会保障局劳动关系科', 6)).toBe('…劳动关系科');
    expect(keepEnd('青石市公安局', 8)).toBe('青石市公安局');
    expect(keepStart('对未取得建设工程规划许可证进行建设的处罚', 6)).toBe('对未取得建…');
  });

  it('keeps no two overlapping labels, in priority order', () => {
    const boxes = [
      { x1: 0, y1: 0, x2: 100, y2: 20 },
      { x1: 50, y1: 10, x2: 150, y2: 30 },
      { x1: 200, y1: 0, x2: 300, y2: 20 },
      { x1: 90, y1: 15, x2: 210, y2: 40 },
    ];
    const kept = placeLabels(boxes, 40);
    expect([...kept].sort()).toEqual([0, 2]);
    expect(overlapShare(boxes)).toBe(1);
    expect(overlapShare([...kept].map((i) => boxes[i]!))).toBe(0);
  });

  it('tells apart names whose cut ends are the same, keeping the part where they differ', () => {
    const cut = (name: string): string => keepEnd(name, 12);
    const names = [
      '青石市住房和城乡建设局建设工程质量安全监督站',
      '白石县住房和城乡建设局建设工程质量安全监督站',
      '青石市交通运输局建设工程质量安全监督站',
      '青石市住房和城乡建设局建筑业管理科',
      '青石市公安局',
    ];
    // Cut alone, the three 监督站 read the same.
    expect(new Set(names.slice(0, 3).map(cut)).size).toBe(1);
    const labels = distinctLabels(names, cut, 12);
    expect(new Set(labels).size).toBe(names.length);
    expect(labels[0]).toMatch(/^…?青石市住房.*…质量安全监督站$/u);
    expect(labels[1]).toMatch(/^…?白石县住房.*…质量安全监督站$/u);
    expect(labels[2]).toContain('交通');
    // Labels that did not collide keep the plain cut; every label stays short.
    expect(labels[3]).toBe(cut(names[3]!));
    expect(labels[4]).toBe('青石市公安局');
    for (const label of labels) expect([...label].length).toBeLessThanOrEqual(14);
  });

  it('numbers the same name drawn twice', () => {
    const name = '青石市住房和城乡建设局建设工程质量安全监督站';
    expect(distinctLabels([name, name], (n) => keepEnd(n, 12), 12)).toEqual([`${keepEnd(name, 12)}（1）`, `${keepEnd(name, 12)}（2）`]);
  });
});
