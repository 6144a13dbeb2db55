/**
 * A small reference analysis over the generated CSV files (no database): the overlap counts of
 * data/demo/EXPECTED.md are computed here, under the literal definitions of issue 5 and "scoped"
 * (organizations compared only within the same division). Used by tests and to write EXPECTED.md.
 *   tsx scripts/demo/analyze.ts [DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { chineseToInt } from './law-text';

const PROCEDURAL = ['行政处罚法', '行政许可法', '行政强制法', '行政复议法', '行政诉讼法'];

export const normalize = (s: string): string => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

const bigrams = (s: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};

/** Dice and Jaccard coefficients on character-bigram sets. */
export function similarity(a: string, b: string): { dice: number; jaccard: number } {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common += 1;
  return { dice: (2 * common) / (x.size + y.size || 1), jaccard: common / (x.size + y.size - common || 1) };
}

export interface PowerRow { file: string; org: string; division: string; category: string; name: string; subName: string; basis: string; responsibilities: string }

const readCsv = (file: string): Record<string, string>[] =>
  parse<Record<string, string>>(readFileSync(file), { bom: true, columns: (h: string[]) => h.map((x, i) => x || `#${i}`), skip_empty_lines: true });

export function readPowers(dir: string): PowerRow[] {
  return readdirSync(join(dir, 'powers')).sort().flatMap((f) =>
    readCsv(join(dir, 'powers', f)).map((r) => ({
      file: f, org: r['行使主体'] ?? '', division: r['所属行政区划'] ?? '', category: r['权力类型'] ?? '', name: r['事项名称'] ?? '',
      subName: r['子项名称'] ?? '', basis: r['实施依据'] ?? '', responsibilities: r['责任事项内容'] ?? '',
    })),
  );
}

/** (law name without 中华人民共和国, article) of each citation in a basis cell. */
export function citations(basis: string): { tag: string; law: string; article: number }[] {
  const out: { tag: string; law: string; article: number }[] = [];
  const re = /(【[^】]+】)《([^》]+)》(?:（[^）]*）)?第([零〇一二三四五六七八九十百千]+)条/g;
  for (const m of basis.matchAll(re)) out.push({ tag: m[1] ?? '', law: (m[2] ?? '').replace(/^中华人民共和国/, ''), article: chineseToInt(m[3] ?? '') });
  return out;
}

export interface OverlapCounts { samePower: number; sameProvision: number; similarName: number; dualEnforcement: number; whistleMultiLead: number }

export function analyze(dir: string, asOf: string): { literal: OverlapCounts; scoped: OverlapCounts; similarPairs: string[]; findings: Record<string, number> } {
  const orgs = readCsv(join(dir, 'organizations.csv'));
  const active = new Set(orgs.filter((o) => !o['撤销日期'] || (o['撤销日期'] ?? '') > asOf).map((o) => o['名称']));
  const levelOf = new Map(orgs.map((o) => [o['名称'] ?? '', o['层级'] ?? '']));
  const rows = readPowers(dir).filter((r) => active.has(r.org));
  const key = (r: { category: string; name: string; subName: string }) => `${r.category}|${normalize(r.name)}|${normalize(r.subName)}`;
  const result = (scoped: boolean): OverlapCounts & { pairs: string[] } => {
    const scope = (r: PowerRow) => (scoped ? r.division : '');
    const groups = new Map<string, Set<string>>();
    for (const r of rows) {
      const k = `${key(r)}|${levelOf.get(r.org)}|${scope(r)}`;
      groups.set(k, (groups.get(k) ?? new Set()).add(r.org));
    }
    const samePowerKeys = new Set([...groups].filter(([, s]) => s.size > 1).map(([k]) => k.split('|').slice(0, 3).join('|')));
    const provisions = new Map<string, Set<string>>();
    for (const r of rows) {
      for (const c of citations(r.basis)) {
        if (PROCEDURAL.includes(c.law)) continue;
        const k = `${c.law}|${c.article}|${r.category}|${scope(r)}`;
        provisions.set(k, (provisions.get(k) ?? new Set()).add(r.org));
      }
    }
    const pairs: string[] = [];
    const byCategory = new Map<string, PowerRow[]>();
    for (const r of rows) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
    for (const list of byCategory.values()) {
      const names = list.map((r) => normalize(r.name + r.subName));
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i] as PowerRow;
          const b = list[j] as PowerRow;
          if (a.org === b.org || scope(a) !== scope(b) || key(a) === key(b)) continue;
          const s = similarity(names[i] ?? '', names[j] ?? '');
          if (s.dice >= 0.8) pairs.push(`${a.org}「${a.name}${a.subName}」~${b.org}「${b.name}${b.subName}」 dice=${s.dice.toFixed(3)} jaccard=${s.jaccard.toFixed(3)}`);
        }
      }
    }
    const same = [...groups].filter(([, s]) => s.size > 1).length;
    void samePowerKeys;
    return { samePower: same, sameProvision: [...provisions.values()].filter((s) => s.size > 1).length, similarName: pairs.length, dualEnforcement: dual(dir, rows, asOf, key), whistleMultiLead: multiLead(dir), pairs };
  };
  const literal = result(false);
  const scoped = result(true);
  const findings = {
    NO_BASIS: rows.filter((r) => !r.basis.trim()).length,
    WEAK_BASIS: rows.filter((r) => r.basis.trim() && citations(r.basis).length > 0 && citations(r.basis).every((c) => c.tag === '【规范性文件】')).length,
    NO_RESPONSIBILITY: rows.filter((r) => !r.responsibilities.trim()).length,
    WHISTLE_NO_LEAD: readDir(dir, 'whistle').filter((r) => !(r['主责部门'] ?? '').trim()).length,
    ORPHANED_POWERS: readPowers(dir).filter((r) => !active.has(r.org)).length,
  };
  const { pairs, ...lit } = literal;
  const { pairs: scopedPairs, ...sc } = scoped;
  void scopedPairs;
  return { literal: lit, scoped: sc, similarPairs: pairs, findings };
}

const readDir = (dir: string, kind: string): Record<string, string>[] => readdirSync(join(dir, kind)).sort().flatMap((f) => readCsv(join(dir, kind, f)));

const split = (cell: string | undefined): string[] => (cell ?? '').split(/[、，,;；]/).map((s) => s.trim()).filter(Boolean);

function multiLead(dir: string): number {
  return readDir(dir, 'whistle').filter((r) => split(r['主责部门']).length > 1).length;
}

/** Townships holding one power item through two or more sources (own row, hand-overs from distinct organizations). */
function dual(dir: string, rows: PowerRow[], asOf: string, key: (r: { category: string; name: string; subName: string }) => string): number {
  const sources = new Map<string, Set<string>>();
  const add = (holder: string, k: string, source: string) => {
    const id = `${holder}|${k}`;
    sources.set(id, (sources.get(id) ?? new Set()).add(source));
  };
  for (const r of rows) if (r.division.length === 9) add(r.org, key(r), '(own)');
  for (const h of readDir(dir, 'enforcement')) {
    if ((h['生效日期'] ?? '') > asOf || ((h['失效日期'] ?? '') && (h['失效日期'] ?? '') < asOf)) continue;
    for (const to of split(h['承接乡镇(街道)'])) add(to, key({ category: h['职权类型'] ?? '', name: h['事项名称'] ?? '', subName: '' }), h['原实施部门'] ?? '');
  }
  return [...sources.values()].filter((s) => s.size > 1).length;
}

if (require.main === module) {
  const out = analyze(process.argv[2] ?? join(__dirname, '../../data/demo'), process.argv[3] ?? '2026-12-01');
  console.log(JSON.stringify(out, null, 2));
}
