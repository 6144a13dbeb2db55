import { organizationIdFor } from '../../src/features/organization/organization.repository';
import { hashOf } from '../../src/importer/write/batches';

/**
 * What a copy of the bench city renames (bench/province/build.ts): division codes and names, and
 * the ids derived from them. Copy 0 is the city exactly as the importer wrote it; copy k ≥ 1 moves
 * the template's prefectures 99PP to 99(k·n + PP), prefixes every county and township name with a
 * tag of its own (甲子青石市, 甲子白沙镇人民政府), and gives every id a new hash of the same form
 * (organizations: the id the importer derives from the new name). 复制一个城市：改区划、名称与编号。
 */

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** 60 distinct two-character tags (the sexagenary cycle). */
export const MAX_COPIES = 60;

const tagOf = (copy: number): string => `${STEMS[(copy - 1) % 10]}${BRANCHES[(copy - 1) % 12]}`;

const ID_PATTERN = '(?:org|pw|lv|ei|wm|td|li)-[0-9a-f]{16,20}';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Division {
  code: string;
  name: string;
}

/** The province division (99 00 00) is shared by every copy; prefectures, counties and townships are copied. */
export const isProvinceCode = (code: string): boolean => code.slice(2, 6) === '0000';

export class CityCopies {
  private readonly prefectures: string[];
  private readonly pattern: RegExp;
  private readonly names: Set<string>;
  private readonly prefectureNames: Map<string, string>;

  /** `divisions`: the template's; `organizations`: nameKey of each of its organizations. */
  constructor(
    divisions: readonly Division[],
    private readonly organizations: readonly { id: string; nameKey: string }[],
  ) {
    const copied = divisions.filter((d) => !isProvinceCode(d.code));
    this.prefectures = [...new Set(copied.map((d) => d.code.slice(2, 4)))].sort();
    this.prefectureNames = new Map(copied.filter((d) => d.code.slice(4, 6) === '00').map((d) => [d.name, d.code]));
    this.names = new Set(copied.map((d) => d.name));
    // 6-digit codes only: a township's 9-digit code starts with its county's.
    const codes = copied.map((d) => d.code).filter((c) => c.length === 6);
    const names = [...this.names].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp([ID_PATTERN, ...codes, ...names.map(escape)].join('|'), 'g');
  }

  /** How many copies the division codes allow (99PP, PP ≤ 99) and the tags tell apart. */
  get maxCopies(): number {
    const last = Number(this.prefectures[this.prefectures.length - 1] ?? '1');
    return Math.min(MAX_COPIES, Math.floor((99 - last) / this.prefectures.length) + 1);
  }

  private prefectureCode(copy: number, pp: string): string {
    const index = this.prefectures.indexOf(pp);
    return String(copy * this.prefectures.length + index + 1).padStart(2, '0');
  }

  /** Whether a text holds anything a copy renames. */
  mentions(text: string): boolean {
    this.pattern.lastIndex = 0;
    return this.pattern.test(text);
  }

  /** The text rewrite of copy `copy` (identity for copy 0). */
  rewriter(copy: number): (text: string) => string {
    if (copy === 0) return (text) => text;
    const tag = tagOf(copy);
    const renameOnly = (match: string): string => {
      if (/^\d{6}$/.test(match)) return `99${this.prefectureCode(copy, match.slice(2, 4))}${match.slice(4)}`;
      const prefecture = this.prefectureNames.get(match);
      if (prefecture) return `示例第${Number(this.prefectureCode(copy, prefecture.slice(2, 4)))}地区`;
      if (this.names.has(match)) return `${tag}${match}`;
      return match;
    };
    const rename = (text: string): string => text.replace(this.pattern, renameOnly);
    const organizationIds = new Map(this.organizations.map((o) => [o.id, organizationIdFor(rename(o.nameKey))]));
    return (text) =>
      text.replace(this.pattern, (match) => {
        const dash = match.indexOf('-');
        if (dash < 0 || !/^[a-z]+$/.test(match.slice(0, dash))) return renameOnly(match);
        return organizationIds.get(match) ?? `${match.slice(0, dash)}-${hashOf([match, copy]).slice(0, match.length - dash - 1)}`;
      });
  }
}
