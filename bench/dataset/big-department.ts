import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

import { countyOf } from '../../scripts/demo/city';
import { CsvWriter, csvCell } from '../../scripts/demo/csv';
import { HEADERS } from '../../scripts/demo/headers';
import { countyPowers } from '../../scripts/demo/powers';
import { uscc } from '../../scripts/demo/uscc';

/**
 * The impact measurement needs a department holding about 1,000 powers; the demo's largest holds
 * under 300. This adds one to the demo city (青石市): a 综合行政执法局 whose list copies the items
 * of the city's other departments (as after a 相对集中行政处罚权 reform), with its own codes, so
 * it overlaps with them as such a reform does. 为影响分析生成一个约 1,000 项职权的部门。
 */
export const BIG_DEPARTMENT = '青石市综合行政执法局';
const DIVISION = '990181';
const CODE_PREFIX = `${DIVISION}900`;

// Column positions in HEADERS.powers.
const COL = { seq: 0, code: 4, exercisedBy: 6, unit: 7 } as const;

export interface BigDepartmentFiles {
  /** The powers list, relative to the demo folder. */
  powersFile: string;
  rows: number;
}

/**
 * Appends the department to the generated organizations.csv and writes its powers list of at
 * least `target` rows (whole items: an item's sub-item rows stay together).
 */
export function writeBigDepartment(out: string, seed: number, target = 1000): BigDepartmentFiles {
  appendFileSync(
    join(out, 'organizations.csv'),
    [BIG_DEPARTMENT, '政府部门', '县级', '', DIVISION, uscc(DIVISION, 99_000_001, false), '2019-03-01', '', '', '基准测试用部门 / benchmark department']
      .map(csvCell)
      .join(',') + '\r\n',
  );
  const county = countyOf(1, 7);
  const departmentRows = countyPowers(county, seed)
    .files.filter((f) => !f.ownerKey.startsWith('township:'))
    .map((f) => f.rows);
  const rows: string[][] = [];
  let seq = 0;
  let lastItem = '';
  // Round after round over the departments' lists; each round adds a copy marker to the name so a
  // second copy of an item is a distinct item of this department.
  for (let round = 0; rows.length < target && round < 10; round++) {
    for (const list of departmentRows) {
      for (const source of list) {
        if (rows.length >= target && source[COL.seq] !== lastItem) break;
        const row = [...source];
        if (source[COL.seq] !== lastItem) seq += 1;
        lastItem = source[COL.seq] ?? '';
        row[COL.seq] = String(seq);
        row[1] = round === 0 ? (source[1] ?? '') : `${source[1] ?? ''}（第${round + 1}批）`;
        row[COL.code] = source[COL.code] === '/' ? '/' : `${CODE_PREFIX}${String(rows.length + 1).padStart(5, '0')}`;
        row[COL.exercisedBy] = BIG_DEPARTMENT;
        row[COL.unit] = '';
        rows.push(row);
      }
      if (rows.length >= target) break;
    }
  }
  const powersFile = join('powers', `${DIVISION}-${BIG_DEPARTMENT}.csv`);
  const writer = new CsvWriter(join(out, powersFile), HEADERS.powers);
  for (const row of rows) writer.write(row);
  writer.close();
  return { powersFile, rows: rows.length };
}
