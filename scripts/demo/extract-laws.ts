/**
 * Dev-time only: reads the shared law catalog and texts and writes scripts/demo/law-articles.json,
 * the extract the generator cites from (the generator never reads ../shared at run time).
 *   tsx scripts/demo/extract-laws.ts /work/shared/data/laws
 * Penalty articles ("违反本法规定，…的，由县级以上人民政府X主管部门…罚款") become punishment
 * candidates of the department named in the authority phrase; articles are copied verbatim.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEPARTMENTS } from '../../src/demo/departments';
import { parseLawText, type Article } from './law-text';
import { CURATED, type CuratedItem } from './curated-items';

interface CatalogRow { level: string; name: string; publish: string; expired: string; folder: string }

function readCatalog(dir: string): CatalogRow[] {
  const lines = readFileSync(join(dir, 'catalog.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  return lines.map((line) => {
    const c = line.split(',');
    return { level: c[1] ?? '', name: c[2] ?? '', publish: c[4] ?? '', expired: c[6] ?? '', folder: c[8] ?? '' };
  });
}

const PENALTY = /罚款|没收|警告|吊销|暂扣|停产停业|责令停业|通报批评|取缔|责令关闭/;
const TOWNSHIP = /乡、镇人民政府|乡镇人民政府|乡级人民政府|乡、民族乡、镇人民政府/;

function authorityOf(lead: string): string | undefined {
  const m = /的，(?:由|依照[^，]*?由)([^，；。]*?)(?:依照|按照|依据|责令|处以?|给予|没收|吊销|予以|依法|，)/.exec(lead);
  return m?.[1];
}

function departmentOf(authority: string): string | undefined {
  if (TOWNSHIP.test(authority)) return 'township';
  const hits = new Set<string>();
  let rest = authority.replace(/人民政府|国务院/g, '');
  for (const dep of DEPARTMENTS) {
    for (const kw of dep.keywords) {
      if (rest.includes(kw)) {
        hits.add(dep.key);
        rest = rest.split(kw).join('');
      }
    }
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

const STRIP_LEAD = /^(?:违反本(?:法|条例|规定|细则|办法)(?:第[^，]{1,40}?条)?(?:[^，]{0,20}?)规定，)/;

function cleanViolation(text: string): string | undefined {
  let v = text.replace(/^（[一二三四五六七八九十]+）/, '').replace(/[；;。，,：:]+$/, '').trim();
  v = v.replace(STRIP_LEAD, '');
  if (!v.endsWith('的')) v += '的';
  if (v.length < 8 || v.length > 46) return undefined;
  if (/本(?:法|条例)第|前款|前两款|前三款|本条|下列|其他|法律、法规|主管部门|行政部门|机关|应当|本规定|^(?:或者|并|且|和|以及)|滥用职权|玩忽职守|徇私舞弊|贿赂|贪污|职责|工作人员|违法所得|刑事责任|构成犯罪/.test(v) || v.includes('，由')) return undefined;
  return v;
}

export interface PunishmentCandidate { dept: string; law: string; article: number; item: number; violation: string; subject: string }

// Laws a county department does not enforce, or whose wording misleads the keyword match.
const BLOCKED_LAWS = /中国人民解放军|行政复议法|行政处罚法|行政许可法|行政强制法|行政诉讼法|公司法|证券|基金|保险法|银行|信托|期货|票据|海商|外汇|核安全|民用航空|铁路|反有组织犯罪|监察|国家安全|反间谍|保守国家秘密|密码|招标投标|政府采购|家用汽车/;

const GENERIC = /^(?:县级以上(?:地方)?人民政府)?(?:有关主管部门|有关部门|监督检查部门|监督管理部门|登记机关|原发证机关|发证机关|主管部门|登记管理机关)?$/;

/** The department a law mostly speaks of; used when a penalty article names no authority. */
function lawDepartment(text: string): string | undefined {
  const counts = new Map<string, number>();
  const plain = text.replace(/人民政府|国务院/g, '');
  for (const dep of DEPARTMENTS) {
    let n = 0;
    for (const kw of dep.keywords) n += plain.split(kw).length - 1;
    if (n) counts.set(dep.key, n);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}

function penaltyCandidates(law: string, article: Article, fallback: string | undefined): PunishmentCandidate[] {
  const lead = article.lines[0] ?? '';
  if (!PENALTY.test(article.lines.join(''))) return [];
  if (/海事|海关|银行|保险监督|核安全|外汇|民用航空|铁路|电力监管|中国人民银行|证券/.test(lead)) return [];
  const authority = authorityOf(lead) ?? '';
  const dept = GENERIC.test(authority) ? fallback : departmentOf(authority);
  if (!dept) return [];
  const items = article.lines.slice(1).filter((l) => /^（[一二三四五六七八九十]+）/.test(l));
  if (/有下列(?:行为|情形)之一/.test(lead) && items.length > 0) {
    const subjectMatch = /^(?:违反本[^，]*?规定，)?([^，]{2,14}?)有下列(?:行为|情形)之一/.exec(lead);
    const subject = subjectMatch?.[1] && !/违反|规定/.test(subjectMatch[1]) ? subjectMatch[1] : '';
    return items.flatMap((line, index) => {
      const v = cleanViolation(line);
      return v ? [{ dept, law, article: article.n, item: index + 1, violation: v, subject }] : [];
    });
  }
  const single = /^(.{4,160}?的)，(?:由|依照|责令|处|没收|吊销|给予)/.exec(lead);
  // "伪造产品产地的，伪造或者冒用他人厂名、厂址的，…" lists several violations: one power each.
  const parts = (single?.[1] ?? '').replace(STRIP_LEAD, '').split(/的，/).map((p) => (p.endsWith('的') ? p : `${p}的`));
  return parts.flatMap((part) => {
    const v = cleanViolation(part);
    return v ? [{ dept, law, article: article.n, item: 0, violation: v, subject: '' }] : [];
  });
}

export interface OtherCandidate { dept: string; category: string; law: string; article: number; name: string }

const SUFFIX = /(?:实施条例|实施细则|实施办法|暂行条例|暂行规定|条例|规定|办法|法)$/;
const stemOf = (law: string) => law.replace(/^中华人民共和国/, '').replace(SUFFIX, '').replace(SUFFIX, '');

const ownsText = (dept: string, text: string): boolean => {
  const spec = DEPARTMENTS.find((dep) => dep.key === dept);
  const plain = text.replace(/人民政府|国务院/g, '');
  return !!spec && spec.keywords.some((kw) => plain.includes(kw));
};

/** Inspection, coercion, reward and licensing items a department derives from one law. */
function otherCandidates(law: string, dept: string, articles: Article[]): OtherCandidate[] {
  const out: OtherCandidate[] = [];
  const stem = stemOf(law);
  const body = articles.filter((a) => !/法律责任|罚则|附则/.test(a.chapter));
  const first = (re: RegExp) => body.find((a) => re.test(a.lines.join('')));
  const inspect = first(/监督检查/);
  if (inspect && ownsText(dept, inspect.lines.join(''))) out.push({ dept, category: '行政检查', law, article: inspect.n, name: `${stem}监督检查` });
  for (const a of articles) {
    const m = /(查封、扣押|查封|扣押|封存)([^；;。：，、]{4,26})[；;。，]/.exec(a.lines.join(''));
    if (m && !/^(?:的|或者|其|本|有关|和|后|等)/.test(m[2] ?? '') && !/规定|决定|期限|劳动者|身份证|护照|个人信息|措施|登记|缴纳/.test(m[2] ?? '')) {
      out.push({ dept, category: '行政强制', law, article: a.n, name: `${m[1]}${m[2]}` });
      break;
    }
  }
  const reward = first(/(?:表彰|奖励)/);
  if (reward && out.length > 0 && /显著成绩|突出贡献|突出成绩|显著贡献/.test(reward.lines.join(''))) {
    out.push({ dept, category: '行政奖励', law, article: reward.n, name: `${stem}表彰奖励` });
  }
  const seen = new Set<string>();
  for (const a of body) {
    const m = /(?:取得|领取|核发)([^，。；、“”《》（）\s]{2,12}?(?:许可证|生产许可|经营许可|执业许可))/.exec(a.lines.join(''));
    const x = m?.[1];
    if (!x || /^(?:相应|有关|该|其|本|此|上述|前|依法|的|我国|放|执业许可)/.test(x) || seen.has(x)) continue;
    if (!ownsText(dept, a.lines.join(''))) continue;
    seen.add(x);
    out.push({ dept, category: '行政许可', law, article: a.n, name: x.endsWith('证') ? `${x}核发` : x });
    if (seen.size >= 3) break;
  }
  return out;
}

/** Items a township or street holds by its own right, from articles naming 乡镇人民政府/街道办事处. */
function townshipCandidates(law: string, articles: Article[]): OtherCandidate[] {
  const stem = stemOf(law);
  const out: OtherCandidate[] = [];
  for (const a of articles) {
    const text = a.lines.join('');
    if (!/乡、镇人民政府|乡镇人民政府|街道办事处/.test(text) || /法律责任|附则/.test(a.chapter)) continue;
    const category = /监督检查|检查/.test(text) ? '行政检查' : /调解/.test(text) ? '行政裁决' : /审核|初审|审查/.test(text) ? '其他行政权力' : /救助|给付|补助/.test(text) ? '行政给付' : undefined;
    if (!category) continue;
    const name = category === '行政检查' ? `对本辖区${stem}工作的监督检查` : category === '行政裁决' ? `${stem}纠纷调解处理` : category === '行政给付' ? `${stem}救助补助申请受理` : `${stem}相关事项初审转报`;
    out.push({ dept: 'township', category, law, article: a.n, name });
    break;
  }
  return out;
}

interface LawOut { name: string; level: string; publish: string; title: string; history: string[]; articles: Record<string, string[]> }

function main(): void {
  const dir = process.argv[2] ?? '/work/shared/data/laws';
  const catalog = readCatalog(dir);
  const byName = new Map<string, CatalogRow[]>();
  for (const row of catalog) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  const laws: Record<string, LawOut> = {};
  const punishments: PunishmentCandidate[] = [];
  const others: OtherCandidate[] = [];
  const lawDepts = new Map<string, string[]>();
  const textOf = (row: CatalogRow) => {
    const file = join(dir, 'text', row.folder, `${row.name}(${row.publish}).md`);
    return existsSync(file) ? parseLawText(readFileSync(file, 'utf8')) : undefined;
  };
  const keep = (key: string, row: CatalogRow, article: Article, text: ReturnType<typeof parseLawText>) => {
    const law = (laws[key] ??= { name: row.name, level: row.level, publish: row.publish, title: text.title, history: text.history, articles: {} });
    law.articles[String(article.n)] = article.lines;
  };
  for (const [name, rows] of byName) {
    // The latest version only: citing it can never be stale (planted stale citations are curated).
    const row = [...rows].sort((a, b) => b.publish.localeCompare(a.publish))[0];
    if (!row || !row.publish || row.expired !== '0' || !['法律', '行政法规', '部门规章'].includes(row.level)) continue;
    const text = textOf(row);
    if (!text) continue;
    if (BLOCKED_LAWS.test(name)) continue;
    const fallback = lawDepartment(text.articles.map((a) => a.lines.join('')).join(''));
    for (const article of text.articles) {
      if (!/法律责任|罚则/.test(article.chapter) && !/罚则/.test(text.title)) continue;
      const found = penaltyCandidates(name, article, fallback);
      if (found.length) keep(name, row, article, text);
      punishments.push(...found);
      lawDepts.set(name, [...(lawDepts.get(name) ?? []), ...found.map((f) => f.dept)]);
    }
    const depts = lawDepts.get(name) ?? [];
    const main = depts.sort((a, b) => depts.filter((x) => x === b).length - depts.filter((x) => x === a).length)[0] ?? fallback;
    const extra = [...(main && main !== 'township' ? otherCandidates(name, main, text.articles) : []), ...townshipCandidates(name, text.articles)];
    for (const o of extra) {
      const article = text.articles.find((a) => a.n === o.article);
      if (article) keep(name, row, article, text);
    }
    others.push(...extra);
  }
  const curated: (CuratedItem & { article: number })[] = [];
  for (const item of CURATED) {
    const rows = byName.get(item.law) ?? [];
    const row = item.publish ? rows.find((r) => r.publish === item.publish) : [...rows].sort((a, b) => b.publish.localeCompare(a.publish))[0];
    if (!row) throw new Error(`catalog: no unique version of ${item.law} ${item.publish ?? ''}`);
    const text = textOf(row);
    const article = text?.articles.find((a) => (item.article ? a.n === item.article : a.lines.join('').includes(item.keyword)));
    if (!text || !article || !article.lines.join('').includes(item.keyword)) {
      throw new Error(`${item.law}: no article containing ${item.keyword}`);
    }
    keep(item.publish ? `${item.law}@${item.publish}` : item.law, row, article, text);
    curated.push({ ...item, article: article.n });
  }
  const out = { provenance: 'LawRefBook/Laws via ../shared/data/laws (catalog.csv, text/); articles copied verbatim', laws, punishments, others, curated };
  writeFileSync(join(__dirname, 'law-articles.json'), JSON.stringify(out));
  const perDept = new Map<string, number>();
  for (const p of punishments) perDept.set(p.dept, (perDept.get(p.dept) ?? 0) + 1);
  console.log(`laws ${Object.keys(laws).length}, punishments ${punishments.length}, others ${others.length}, curated ${curated.length}`);
  const cats = new Map<string, number>();
  for (const o of others) cats.set(`${o.dept === 'township' ? 'T' : ''}${o.category}`, (cats.get(`${o.dept === 'township' ? 'T' : ''}${o.category}`) ?? 0) + 1);
  console.log([...cats].map(([k, n]) => `${k}:${n}`).join(' '));
  console.log([...perDept].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}:${n}`).join(' '));
}

main();
