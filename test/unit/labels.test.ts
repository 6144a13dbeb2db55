import { keepEnd, keepStart, overlapShare, placeLabels } from '../../web/src/labels';

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
});
