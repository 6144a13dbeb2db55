/**
 * Hand-picked items: the planted overlaps and defects (ids `sp-`, `prov-`, `sim-`, `stale-`,
 * `dual-`), a few categories the extractor cannot derive, and the procedural articles that
 * responsibility and four-lists columns cite. The extractor finds each article by `keyword`
 * (or checks `article` contains it) and fails when it cannot, so no article is ever invented.
 */

export interface CuratedItem {
  id: string;
  dept: string;
  category: string;
  name: string;
  law: string;
  keyword: string;
  article?: number;
  /** A specific (older) version, for the planted stale citation. */
  publish?: string;
  subName?: string;
}

const c = (id: string, dept: string, category: string, name: string, law: string, keyword: string, extra: Partial<CuratedItem> = {}): CuratedItem => ({
  id, dept, category, name, law, keyword, ...extra,
});

export const CURATED: CuratedItem[] = [
  // SAME_POWER (and SAME_PROVISION): 住建 and 城管 both punish 违法建设 / both license road digging.
  c('sp-hc', 'hc', '行政处罚', '对未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的处罚', '城乡规划法', '未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由'),
  c('sp-ua', 'ua', '行政处罚', '对未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的处罚', '城乡规划法', '未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由'),
  c('sp2-hc', 'hc', '行政许可', '占用、挖掘城市道路审批', '城市道路管理条例', '任何单位或者个人不得占用或者挖掘城'),
  c('sp2-ua', 'ua', '行政许可', '占用、挖掘城市道路审批', '城市道路管理条例', '任何单位或者个人不得占用或者挖掘城'),
  // SAME_PROVISION only: 社会保险法 §88 by 人社 and 医保 (the real Karamay case).
  c('prov-hr', 'hr', '行政处罚', '对以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的处罚', '社会保险法', '骗取社会保险待遇', { article: 88 }),
  c('prov-hs', 'hs', '行政处罚', '对定点医药机构以欺诈、伪造证明材料等手段骗取医疗保险基金支出的处罚', '社会保险法', '骗取社会保险待遇', { article: 88 }),
  // SIMILAR_NAME: near-duplicate names, different departments, different articles.
  c('sim-ag', 'ag', '行政处罚', '对经营依法应当检疫而未经检疫的动物产品的处罚', '动物防疫法', '对依法应当检疫而未经检疫的动物和动物产品'),
  c('sim-mr', 'mr', '行政处罚', '对经营依法应当检疫而未经检疫动物产品的处罚', '食品安全法', '经营未按规定进行检疫或者检疫不合格的肉类'),
  c('sim-tr', 'tr', '行政处罚', '对未取得道路运输经营许可擅自从事道路客运经营的处罚', '道路运输条例', '擅自从事道路客运经营'),
  c('sim-ps', 'ps', '行政处罚', '对未取得道路运输经营许可证擅自从事道路客运经营的处罚', '道路运输条例', '道路运输经营许可证'),
  // STALE_BASIS: cites a version the catalog has since replaced.
  c('stale-ag1', 'ag', '行政处罚', '对农产品生产企业未建立或者未按照规定保存农产品生产记录的处罚', '农产品质量安全法', '未建立或者未按照规定保存农产品生产记录', { publish: '2018-10-26' }),
  c('stale-ag2', 'ag', '行政处罚', '对销售、推广未经审定或者鉴定的畜禽品种的处罚', '畜牧法', '销售、推广未经审定或者鉴定的畜禽品种', { publish: '2015-04-24' }),
  // DUAL_ENFORCEMENT: 农业农村局 hands this to a town that also lists it as its own power.
  c('dual-ag', 'ag', '行政处罚', '对农村村民未经批准擅自占用土地建住宅的处罚', '土地管理法', '农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅'),
  // Township own powers that every town and street lists.
  c('tw-plan', 'township', '行政处罚', '对在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照乡村建设规划许可证的规定进行建设的处罚', '城乡规划法', '在乡、村庄规划区内未依法取得乡村建设规划许可证'),
  c('tw-safety', 'township', '行政检查', '对本辖区生产经营单位安全生产状况的监督检查', '安全生产法', '乡镇人民政府和街道办事处'),
  c('tw-aid', 'township', '行政给付', '最低生活保障申请受理和初审', '社会救助暂行办法', '向乡镇人民政府、街道办事处提出'),
  c('tw-fire', 'township', '行政检查', '对本辖区消防安全的检查', '消防法', '乡镇人民政府、城市街道办事处'),
  // Categories the extractor does not derive.
  c('cf-nr', 'nr', '行政确认', '不动产登记', '不动产登记暂行条例', '不动产登记机构'),
  c('cf-va', 'va', '行政给付', '退役军人抚恤优待金给付', '军人抚恤优待条例', '抚恤'),
  c('cf-hr', 'hr', '行政给付', '失业保险金给付', '社会保险法', '失业保险金'),
  c('cf-hr2', 'hr', '行政确认', '工伤认定', '工伤保险条例', '工伤认定'),
  c('cf-ca', 'ca', '行政确认', '社会团体成立、变更、注销登记', '社会团体登记管理条例', '登记管理机关'),
  c('cf-ca2', 'ca', '行政给付', '特困人员救助供养', '社会救助暂行办法', '特困人员'),
  c('cf-tx', 'tx', '行政征收', '税款征收', '税收征收管理法', '税务机关'),
  c('cf-wr', 'wr', '行政征收', '水资源税（费）征收', '取水许可和水资源费征收管理条例', '水资源费'),
  c('cf-nr2', 'nr', '行政裁决', '土地权属争议裁决', '土地管理法', '土地所有权和使用权争议'),
  c('cf-fo', 'fo', '行政裁决', '林木、林地权属争议裁决', '森林法', '林木、林地所有权和使用权争议'),
  c('cf-hs', 'hs', '其他行政权力', '定点医药机构协议管理', '医疗保障基金使用监督管理条例', '定点医药机构'),
  c('cf-ed', 'ed', '行政许可', '民办学校设立、变更、终止审批', '民办教育促进法', '审批机关'),
  c('cf-ed2', 'ed', '行政许可', '教师资格认定', '教师法', '教师资格'),
  c('cf-em', 'em', '行政许可', '危险化学品经营许可', '危险化学品安全管理条例', '危险化学品经营许可证'),
  c('cf-tr', 'tr', '行政许可', '道路货物运输经营许可', '道路运输条例', '货运经营'),
  c('cf-hc', 'hc', '行政许可', '建筑工程施工许可', '建筑法', '施工许可证'),
  c('cf-ct', 'ct', '行政许可', '娱乐场所经营许可', '娱乐场所管理条例', '娱乐场所'),
  c('cf-wh', 'wh', '行政许可', '公共场所卫生许可', '公共场所卫生管理条例', '卫生许可证'),
  c('cf-ag', 'ag', '行政许可', '农药经营许可', '农药管理条例', '农药经营许可证'),
  c('cf-ua', 'ua', '行政许可', '城市建筑垃圾处置核准', '固体废物污染环境防治法', '建筑垃圾'),
  c('cf-ua2', 'ua', '行政许可', '设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批', '城市市容和环境卫生管理条例', '户外广告'),
  c('cf-ua3', 'ua', '行政处罚', '对在城市道路两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施的处罚', '城市市容和环境卫生管理条例', '堆放物料'),
  // Procedural articles: responsibility basis (责任事项依据) and four-lists grounds (从宽依据).
  c('proc-cf', '*', '依据', '行政处罚法', '行政处罚法', '', { article: 54 }),
  c('proc-cf2', '*', '依据', '行政处罚法', '行政处罚法', '', { article: 55 }),
  c('proc-cf3', '*', '依据', '行政处罚法', '行政处罚法', '', { article: 57 }),
  c('proc-cf4', '*', '依据', '行政处罚法', '行政处罚法', '', { article: 62 }),
  c('proc-cf5', '*', '依据', '行政处罚法', '行政处罚法', '', { article: 67 }),
  c('proc-xk', '*', '依据', '行政许可法', '行政许可法', '', { article: 30 }),
  c('proc-xk2', '*', '依据', '行政许可法', '行政许可法', '', { article: 34 }),
  c('proc-xk3', '*', '依据', '行政许可法', '行政许可法', '', { article: 38 }),
  c('proc-xk4', '*', '依据', '行政许可法', '行政许可法', '', { article: 61 }),
  c('proc-qz', '*', '依据', '行政强制法', '行政强制法', '', { article: 18 }),
  c('proc-qz2', '*', '依据', '行政强制法', '行政强制法', '', { article: 24 }),
  c('len-light', '*', '从宽', '从轻或者减轻', '行政处罚法', '应当从轻或者减轻行政处罚', { article: 32 }),
  c('len-none', '*', '从宽', '不予处罚', '行政处罚法', '不予行政处罚', { article: 33 }),
  c('len-qz', '*', '从宽', '免予强制', '行政强制法', '情节显著轻微', { article: 16 }),
];
