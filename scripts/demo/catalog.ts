import { DEPARTMENTS } from '../../src/demo/departments';
import { loadExtract } from './laws';
import { intToChinese } from './law-text';

/**
 * The county-independent catalogue of power items: every county of a run lists the same items
 * (with its own codes), built once from the law extract. Planted defects are marked by `plant`.
 */

export interface Cite { law: string; article: number; item: number }

export interface CatalogItem {
  id: string;
  /** Department key, abolished department key, or 'township'. */
  owner: string;
  category: string;
  name: string;
  cites: Cite[];
  subs?: { name: string; cite: Cite }[];
  /** Replaces the generated 实施依据 (planted weak or unresolved bases; '' = no basis). */
  basis?: string;
  noResponsibility?: boolean;
  plant?: string;
  /** For township items: the kinds of township that list it (streets have no 乡村规划). */
  streets?: boolean;
}

const TOWNSHIP_LAW_ITEMS = 16;

export const PLANTED_BASIS = {
  weak1: '【规范性文件】《青石市人民政府办公室关于加强城区临街店铺外摆管理的通知》（青政办发〔2021〕12号）第五条：临街店铺超出门窗外摆经营的，由城市管理部门责令改正。',
  weak2: '【规范性文件】《青石市政务服务事项标准化工作实施方案》（青政办发〔2022〕3号）第三条：各部门应当按照统一标准编制政务服务事项实施清单。',
  unresolved: '【法律】《中华人民共和国城市规划法》（1989年12月26日第七届全国人民代表大会常务委员会第十一次会议通过）第三十二条。',
};

/** Below the analysis threshold (0.8) so that Dice-vs-Jaccard or a slightly lower threshold still finds only the plants. */
const SIMILARITY_GUARD = 0.7;

const bigramSet = (text: string): Set<string> => {
  const s = text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};

const dice = (a: Set<string>, b: Set<string>): number => {
  let common = 0;
  for (const g of a) if (b.has(g)) common += 1;
  return (2 * common) / (a.size + b.size || 1);
};

let built: CatalogItem[] | undefined;

export function catalog(): CatalogItem[] {
  built ??= buildCatalog();
  return built;
}

function buildCatalog(): CatalogItem[] {
  const ex = loadExtract();
  const items: CatalogItem[] = [];
  const claims = new Map<string, string>();
  const names = new Set<string>();
  const curatedArticles = new Set<string>();
  // Names already used, per category, so that no unplanted pair of departments ends up with
  // near-duplicate names (SIMILAR_NAME must count only the planted pairs).
  const seen = new Map<string, { owner: string; grams: Set<string> }[]>();
  const add = (item: CatalogItem, claim: boolean): boolean => {
    const nameKey = `${item.owner}|${item.category}|${item.name}`;
    if (names.has(nameKey)) return false;
    const grams = bigramSet(item.name + (item.subs?.map((s) => s.name).join('') ?? ''));
    const peers = seen.get(item.category) ?? [];
    if (claim && item.owner !== 'township' && peers.some((p) => p.owner !== item.owner && p.owner !== 'township' && dice(p.grams, grams) >= SIMILARITY_GUARD)) return false;
    if (claim) {
      for (const c of item.cites) {
        const key = `${c.law}|${c.article}|${item.category}`;
        const holder = claims.get(key);
        if (holder && holder !== item.owner) return false;
      }
      for (const c of item.cites) claims.set(`${c.law}|${c.article}|${item.category}`, item.owner);
    }
    names.add(nameKey);
    seen.set(item.category, [...peers, { owner: item.owner, grams }]);
    items.push(item);
    return true;
  };

  // Curated first: planted pairs deliberately share names or articles, so they bypass claims.
  for (const c of ex.curated) {
    if (c.dept === '*') continue;
    const law = c.publish ? `${c.law}@${c.publish}` : c.law;
    curatedArticles.add(`${c.law}|${c.article}`);
    const plant = /^(sp|sp2|prov|sim|stale|dual)-/.exec(c.id)?.[1];
    add({ id: c.id, owner: c.dept, category: c.category, name: c.name, cites: [{ law, article: c.article, item: 0 }], ...(plant ? { plant: c.id } : {}), ...(c.id === 'tw-plan' ? { streets: false } : {}) }, !plant);
  }

  // Punishments: articles with three or more enumerated items become one item with sub-items
  // for every third such article (real lists mix both layouts).
  const byArticle = new Map<string, typeof ex.punishments>();
  for (const p of ex.punishments) {
    if (curatedArticles.has(`${p.law}|${p.article}`)) continue;
    const key = `${p.dept}|${p.law}|${p.article}`;
    byArticle.set(key, [...(byArticle.get(key) ?? []), p]);
  }
  let grouped = 0;
  for (const [key, ps] of byArticle) {
    const first = ps[0];
    if (!first) continue;
    const owner = first.dept;
    const enumerated = ps.filter((p) => p.item > 0);
    if (owner !== 'township' && enumerated.length >= 3 && enumerated.length === ps.length && grouped++ % 3 === 0) {
      const title = ex.laws[first.law]?.title ?? first.law;
      add({
        id: `${key}|group`, owner, category: '行政处罚', name: `对违反《${title}》第${intToChinese(first.article)}条规定行为的处罚`,
        cites: [{ law: first.law, article: first.article, item: 0 }],
        subs: enumerated.map((p, i) => ({ name: `${i + 1}.对${p.subject}${p.violation}处罚`, cite: { law: p.law, article: p.article, item: p.item } })),
      }, true);
      continue;
    }
    for (const p of ps) {
      if (owner === 'township') continue;
      add({ id: `${key}|${p.item}|${p.violation}`, owner, category: '行政处罚', name: `对${p.subject}${p.violation}处罚`, cites: [{ law: p.law, article: p.article, item: p.item }] }, true);
    }
  }
  let townshipCount = 0;
  for (const o of ex.others) {
    if (curatedArticles.has(`${o.law}|${o.article}`)) continue;
    if (o.dept === 'township' && townshipCount >= TOWNSHIP_LAW_ITEMS) continue;
    if (add({ id: `${o.dept}|${o.law}|${o.article}|${o.category}`, owner: o.dept, category: o.category, name: o.name, cites: [{ law: o.law, article: o.article, item: 0 }] }, o.dept !== 'township') && o.dept === 'township') townshipCount++;
  }
  plantDefects(items);
  moveToAbolished(items);
  return items;
}

const nth = (items: CatalogItem[], owner: string, category: string, n: number): CatalogItem => {
  const found = items.filter((i) => i.owner === owner && i.category === category && !i.plant && !i.subs)[n];
  if (!found) throw new Error(`catalog: no ${n}th ${category} of ${owner}`);
  return found;
};

/** Basis and responsibility defects, on fixed items so the plant does not depend on the seed. */
function plantDefects(items: CatalogItem[]): void {
  Object.assign(nth(items, 'ct', '行政处罚', 2), { basis: '', plant: 'no-basis' });
  Object.assign(nth(items, 'fi', '行政处罚', 1), { basis: '', plant: 'no-basis' });
  Object.assign(nth(items, 'wr', '行政处罚', 3), { noResponsibility: true, plant: 'no-responsibility' });
  Object.assign(nth(items, 'ju', '行政处罚', 4), { noResponsibility: true, plant: 'no-responsibility' });
  items.push(
    { id: 'weak-ua', owner: 'ua', category: '行政处罚', name: '对临街店铺超出门窗外摆经营的处罚', cites: [], basis: PLANTED_BASIS.weak1, plant: 'weak-basis' },
    { id: 'weak-gs', owner: 'gs', category: '其他行政权力', name: '政务服务事项标准化管理', cites: [], basis: PLANTED_BASIS.weak2, plant: 'weak-basis' },
    { id: 'unresolved-nr', owner: 'nr', category: '行政许可', name: '城市规划区内临时建设审批', cites: [], basis: PLANTED_BASIS.unresolved, plant: 'unresolved-basis' },
  );
}

/** The abolished 粮食局 and 经济合作局 keep their old lists: grain items, then three more. */
function moveToAbolished(items: CatalogItem[]): void {
  const dr = items.filter((i) => i.owner === 'dr' && !i.plant && !i.subs && i.category === '行政处罚');
  const grain = dr.filter((i) => i.cites.some((c) => c.law.includes('粮食'))).slice(0, 4);
  const econ = dr.filter((i) => !grain.includes(i)).slice(0, 3);
  if (grain.length !== 4 || econ.length !== 3) throw new Error('catalog: not enough 发改 items for the abolished departments');
  for (const i of grain) Object.assign(i, { owner: 'grain', plant: 'orphaned' });
  for (const i of econ) Object.assign(i, { owner: 'econ', plant: 'orphaned' });
}

export const ownerKeys = (): string[] => [...DEPARTMENTS.map((d) => d.key), 'grain', 'econ'];
