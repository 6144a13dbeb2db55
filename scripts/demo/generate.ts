/**
 * Demo data generator (示例数据生成器): a fictional county-level city (青石市, division 990181) in
 * the spreadsheet formats of ../shared/spec/IMPORT.md, deterministic for a given seed and scale.
 *   tsx scripts/demo/generate.ts [--scale N] [--out DIR] [--seed S]
 */
import { Command } from 'commander';
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { countyOf, organizationsOf, PROVINCE, type County } from './city';
import { CsvWriter } from './csv';
import { countyDuties } from './duties';
import { countyHandovers, type HandoverPlan } from './handovers';
import { HEADERS, type ListKind } from './headers';
import { countyLenient } from './lenient';
import { countyPowers } from './powers';
import { uscc } from './uscc';
import { countyWhistle } from './whistle';

export interface ManifestEntry { kind: ListKind; file: string; org?: string }

export interface GenerateCounts {
  counties: number; divisions: number; organizations: number; townships: number;
  powerItems: number; powerRows: number; handoverRows: number; handovers: number;
  whistleMatters: number; dutyItems: number; lenientItems: number; files: number;
}

/** Per-entity sizes: county 1 is the hand-made city; further counties bring scale 30 to the benchmark targets. */
export function planFor(scale: number) {
  const counties = scale <= 1 ? 1 : Math.round((scale * 7) / 6);
  const extra = counties - 1;
  const perExtra = (total: number, first: number) => (extra ? Math.max(0, Math.round((total - first) / extra)) : 0);
  const lerp = (first: number, at30: number) => first + ((scale - 1) * (at30 - first)) / 29;
  const townships = Math.max(7, perExtra(lerp(12, 2000), 12));
  const handoversPerExtra = perExtra(lerp(1667, 50000), 1667);
  return {
    counties,
    townshipsPerExtraCounty: townships,
    first: { handovers: { grants: 120, entrusts: 30, jiaoyou: 10, recalled: 6 }, whistle: 167, duties: { basic: 12, coop: 8, recalled: 3 }, lenientPerDept: 8 },
    extra: {
      handovers: { grants: Math.max(1, Math.round((handoversPerExtra - 200) / townships)), entrusts: 4, jiaoyou: 3, recalled: 3 } satisfies HandoverPlan,
      whistle: Math.max(12, perExtra(lerp(167, 5000), 167)),
      duties: { basic: 4, coop: 2, recalled: 1 },
      lenientPerDept: 8,
    },
  };
}

const LIST_DIRS = ['powers', 'enforcement', 'whistle', 'duties', 'lenient'] as const;

export function generate(options: { scale: number; out: string; seed: number; log?: (line: string) => void }): { counts: GenerateCounts; manifest: ManifestEntry[] } {
  const { scale, out, seed } = options;
  const plan = planFor(scale);
  mkdirSync(out, { recursive: true });
  for (const dir of LIST_DIRS) rmSync(join(out, dir), { recursive: true, force: true });
  const manifest: ManifestEntry[] = [{ kind: 'divisions', file: 'divisions.csv' }, { kind: 'organizations', file: 'organizations.csv' }];
  const later: Record<Exclude<ListKind, 'divisions' | 'organizations' | 'powers'>, ManifestEntry[]> = { enforcement: [], whistle: [], duties: [], lenient: [] };
  const divisions = new CsvWriter(join(out, 'divisions.csv'), HEADERS.divisions);
  const organizations = new CsvWriter(join(out, 'organizations.csv'), HEADERS.organizations);
  const counts: GenerateCounts = { counties: 0, divisions: 0, organizations: 0, townships: 0, powerItems: 0, powerRows: 0, handoverRows: 0, handovers: 0, whistleMatters: 0, dutyItems: 0, lenientItems: 0, files: 2 };
  divisions.write([PROVINCE.code, PROVINCE.name, '省级', '']);
  let prefecture = '';
  let orgSerial = 0;
  const writeList = (kind: ListKind, file: string, rows: string[][], org?: string) => {
    const w = new CsvWriter(join(out, file), HEADERS[kind]);
    for (const r of rows) w.write(r);
    w.close();
    counts.files += 1;
    const entry: ManifestEntry = { kind, file, ...(org ? { org } : {}) };
    if (kind === 'powers') manifest.push(entry);
    else if (kind !== 'divisions' && kind !== 'organizations') later[kind].push(entry);
  };
  for (let index = 1; index <= plan.counties; index++) {
    const county: County = countyOf(index, plan.townshipsPerExtraCounty);
    const p = index === 1 ? plan.first : plan.extra;
    if (county.prefecture.code !== prefecture) {
      prefecture = county.prefecture.code;
      divisions.write([prefecture, county.prefecture.name, '市级', PROVINCE.code]);
    }
    divisions.write([county.code, county.name, '县级', county.prefecture.code]);
    for (const t of county.townships) divisions.write([t.code, t.name, t.kind === 'street' ? '街道级' : '乡镇级', county.code]);
    for (const o of organizationsOf(county)) {
      const credit = o.type === '内设机构' ? '' : uscc(o.division, 10000000 + ++orgSerial * 7919, o.type === '综合行政执法队');
      organizations.write([o.name, o.type, o.level, o.parent, o.division, credit, o.founded, o.abolished, o.successor, o.remarks]);
    }
    const powers = countyPowers(county, seed);
    const tag = `${county.code}-${county.name}`;
    if (scale <= 1) {
      // One file per organization, as departments publish them; township lists as one compilation.
      const townFiles = powers.files.filter((f) => f.ownerKey.startsWith('township:'));
      for (const f of powers.files) if (!f.ownerKey.startsWith('township:')) writeList('powers', `powers/${county.code}-${f.org}.csv`, f.rows, f.org);
      writeList('powers', `powers/${tag}乡镇街道.csv`, renumber(townFiles.flatMap((f) => f.rows)));
    } else {
      // One file per county: an organization's list never spans two files (re-import is per list).
      writeList('powers', `powers/${tag}.csv`, renumber(powers.files.flatMap((f) => f.rows)));
    }
    const handovers = countyHandovers(county, powers, p.handovers, seed);
    writeList('enforcement', `enforcement/${tag}.csv`, handovers.rows);
    const whistle = countyWhistle(county, powers, p.whistle, seed);
    writeList('whistle', `whistle/${tag}.csv`, whistle.rows);
    const duties = countyDuties(county, powers, handovers, p.duties, seed);
    writeList('duties', `duties/${tag}.csv`, duties.rows);
    const lenient = countyLenient(county, powers, p.lenientPerDept, seed);
    writeList('lenient', `lenient/${tag}.csv`, lenient.rows);
    counts.counties += 1;
    counts.townships += county.townships.length;
    counts.powerItems += powers.items;
    counts.powerRows += powers.rows;
    counts.handoverRows += handovers.rows.length;
    counts.handovers += handovers.count;
    counts.whistleMatters += whistle.rows.length;
    counts.dutyItems += duties.rows.length;
    counts.lenientItems += lenient.rows.length;
    if (index % 5 === 0) options.log?.(`  ${index}/${plan.counties} 个县 / counties`);
  }
  divisions.close();
  organizations.close();
  counts.divisions = divisions.rows;
  counts.organizations = organizations.rows;
  manifest.push(...later.enforcement, ...later.whistle, ...later.duties, ...later.lenient);
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { counts, manifest };
}

/** 序号 runs through a file; rows of one item (sub-items) keep one number. */
function renumber(rows: string[][]): string[][] {
  let seq = 0;
  let last = '';
  return rows.map((r, i) => {
    const key = `${r[6]}|${r[0]}`;
    if (i === 0 || key !== last) seq += 1;
    last = key;
    return [String(seq), ...r.slice(1)];
  });
}

function main(): void {
  const program = new Command()
    .name('generate')
    .description('生成示例县级市（青石市）清单数据 / generate the demo city lists')
    .option('--scale <n>', '规模倍数 / scale factor (1 = one county-level city; 30 ≈ 100,000 powers)', '1')
    .option('--out <dir>', '输出目录 / output directory', join(__dirname, '../../data/demo'))
    .option('--seed <s>', '随机种子 / random seed', '20240601')
    .parse();
  const opts = program.opts<{ scale: string; out: string; seed: string }>();
  const scale = Number(opts.scale);
  const seed = Number(opts.seed);
  if (!Number.isFinite(scale) || scale < 1 || !Number.isInteger(seed)) {
    console.error('参数无效：--scale 须为 ≥1 的数，--seed 须为整数 / invalid --scale or --seed');
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const { counts } = generate({ scale, out: opts.out, seed, log: (l) => console.error(l) });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`已生成 / generated in ${opts.out} (scale ${scale}, seed ${seed}, ${seconds.toFixed(1)} s)`);
  for (const [k, v] of Object.entries(counts)) console.log(`  ${k}: ${v}`);
}

if (require.main === module) main();
