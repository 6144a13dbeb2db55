import { POWERS_SPEC } from './header-specs';
import { sheetRecords } from './sheet-records';

const HEADER = ['序号', '事项名称', '权力类型', '行使主体', '备注'];
const ROW_1 = ['1', '对无照经营的处罚', '行政处罚', 'XX县市场监督管理局', ''];
const ROW_2 = ['2', '食品经营许可', '行政许可', 'XX县市场监督管理局', ''];

const read = (rows: string[][]) => sheetRecords({ file: 'f.xlsx', sheet: 'S', rows }, POWERS_SPEC)!;

describe('table edges (issue 17 §4)', () => {
  it('keeps a footnote row merged across the width as the list remark, located and warned, and reads the rows above', () => {
    const sheet = read([['XX县2024年权责清单'], HEADER, ROW_1, ROW_2, [], ['备注：本清单随法律法规调整。']]);
    expect(sheet.records.map((r) => r.fields['name'])).toEqual(['对无照经营的处罚', '食品经营许可']);
    expect(sheet.notes).toEqual(['备注：本清单随法律法规调整。']);
    expect(sheet.problems).toEqual([
      expect.objectContaining({
        file: 'f.xlsx',
        sheet: 'S',
        row: 6,
        column: '序号',
        severity: 'warning',
        message: expect.stringMatching(/^第 6 行起是表格末尾的附注/u),
        messageEn: expect.stringContaining('footnote'),
      }),
    ]);
  });

  it('reads a merged note exported with its text in every cell, and a note of several lines, as one remark', () => {
    const note = '注：1.本表为2024年版。';
    const sheet = read([HEADER, ROW_1, [note, note, note, note, note], ['2.事项名称后标“*”的为共有事项。']]);
    expect(sheet.records).toHaveLength(1);
    expect(sheet.notes).toEqual([note, '2.事项名称后标“*”的为共有事项。']);
  });

  it.each(['说明：以上事项均为本级实施。', '注 1：以上为节选', '填表说明：无'])('recognises %s as a note', (text) => {
    expect(read([HEADER, ROW_1, [text]]).notes).toEqual([text]);
  });

  it('leaves a last row alone whose 备注 cell starts with 说明：, and a note-like row inside the table', () => {
    const remark = ['', '', '', '', '说明：与市级共有'];
    const last = read([HEADER, ROW_1, remark]);
    expect(last.notes).toBeUndefined();
    expect(last.records[0]?.fields['remarks']).toBe('说明：与市级共有');
    // Not at the end: still an item without a name, as before.
    const inside = read([HEADER, ROW_1, ['注：下列事项暂停'], ROW_2]);
    expect(inside.notes).toBeUndefined();
    expect(inside.records).toHaveLength(3);
  });

  it('leaves out an unheaded column of distinct labels right of the table, starting on the header row or below', () => {
    for (const from of [0, 1]) {
      const labels = ['行政许可', '行政处罚', '行政强制', '行政检查'];
      const rows = [HEADER, ROW_1, ROW_2, ['', '', '', '', ''], ['', '', '', '', '']].map((r, i) => [
        ...r,
        '',
        labels[i - from] ?? '',
      ]);
      const sheet = read(rows);
      expect(sheet.records.map((r) => r.fields['name'])).toEqual(['对无照经营的处罚', '食品经营许可']);
      expect(sheet.records.flatMap((r) => Object.keys(r.raw))).toEqual([]);
      expect(sheet.problems).toEqual([
        expect.objectContaining({
          row: 1 + from,
          column: '#G',
          severity: 'warning',
          message: expect.stringContaining('第 G 列'),
        }),
      ]);
    }
  });

  it('keeps an unheaded column right of the table whose texts repeat or run long, with the rows, as before', () => {
    const rows = [HEADER, [...ROW_1, '', '与乡镇共有'], [...ROW_2, '', '与乡镇共有']];
    const sheet = read(rows);
    expect(sheet.problems).toEqual([]);
    expect(sheet.records.map((r) => r.raw)).toEqual([{ '#G': '与乡镇共有' }, { '#G': '与乡镇共有' }]);
  });

  it('finds a footnote below a helper column longer than the table', () => {
    const labels = ['行政许可', '行政处罚', '行政强制', '行政检查', '行政确认'];
    const rows = [HEADER, ROW_1, [], ['备注：无'], []].map((r, i) => [
      ...r,
      ...Array<string>(6 - r.length).fill(''),
      labels[i] ?? '',
    ]);
    const sheet = read(rows);
    expect(sheet.records).toHaveLength(1);
    expect(sheet.notes).toEqual(['备注：无']);
  });
});
