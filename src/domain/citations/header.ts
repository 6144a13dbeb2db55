/**
 * The head of one citation block: level tag, law name (in 《》 or bare) and the version
 * parentheses that follow it.
 */

export interface BlockHeader {
  name?: string;
  bracketed: boolean;
  /** Text of the parentheses after the name (version clue). */
  clueText: string;
  /** Index just after the header. */
  end: number;
}

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

function skipBlank(s: string, pos: number, newlines = false): number {
  let p = pos;
  const blank = newlines ? /[\s\u3000]/ : /[ \t\u3000]/;
  while (p < s.length && blank.test(s[p] ?? '')) p++;
  return p;
}

/** A parenthesis that carries version history, not part of a name like "宪法修正案（1988年）". */
const VERSION_PAREN = /^[（(][^）)\n]*(\d{4}\s*年\s*\d{1,2}\s*月|通过|公布|发布|施行|修正|修订|令第|号)/;

/**
 * Reads 《…》 with nesting ("《《A》实施细则》"). When the closing 》 is forgotten, the name stops
 * at the version parenthesis or the end of the line.
 */
function readBracketed(s: string, pos: number): { name: string; end: number } {
  let depth = 0;
  for (let p = pos; p < s.length; p++) {
    const ch = s[p] ?? '';
    if (ch === '\n') return { name: s.slice(pos + 1, p), end: p };
    if (ch === '《') depth++;
    else if (ch === '》') {
      depth--;
      if (depth === 0) return { name: s.slice(pos + 1, p), end: p + 1 };
    } else if (OPEN.has(ch) && VERSION_PAREN.test(s.slice(p, p + 80))) {
      return { name: s.slice(pos + 1, p), end: p };
    }
  }
  return { name: s.slice(pos + 1), end: s.length };
}

/** Reads one balanced parenthesis group starting at pos; tolerates mixed （) brackets. */
function readParens(s: string, pos: number): { inner: string; end: number } {
  let depth = 0;
  for (let p = pos; p < s.length; p++) {
    const ch = s[p] ?? '';
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) {
      depth--;
      if (depth === 0) return { inner: s.slice(pos + 1, p), end: p + 1 };
    } else if (ch === '\n') return { inner: s.slice(pos + 1, p), end: p };
  }
  return { inner: s.slice(pos + 1), end: s.length };
}

/**
 * A name written without its opening 《: "中华人民共和国行政许可法》（…", "2017年3月1日国务院令第676号
 * 《城市市容和环境卫生管理条例》第三十三条", "新疆维吾尔自治区实施《测绘成果管理条例》办法（…".
 */
function readBareName(s: string, pos: number): { name: string; clue: string; end: number } | undefined {
  const m = /^[^（(\n：:【]+/.exec(s.slice(pos));
  if (!m) return undefined;
  let raw = m[0];
  const article = raw.search(/第[零〇一二三四五六七八九十百千两\d]+条/);
  if (article > 0) raw = raw.slice(0, article);
  const close = raw.indexOf('》');
  const open = raw.indexOf('《');
  if (close >= 0 && (open < 0 || close < open)) return { name: raw.slice(0, close), clue: '', end: pos + close + 1 };
  if (open >= 0 && close > open) {
    const before = raw.slice(0, open);
    // Version history written before the title: the title is the name.
    if (/\d{4}\s*年|令|号/.test(before)) {
      return { name: raw.slice(open + 1, close), clue: `${before} `, end: pos + close + 1 };
    }
    const end = raw.lastIndexOf('》') + 1;
    const tail = /^[^\s，,。；;]*/.exec(raw.slice(end))?.[0] ?? '';
    return { name: raw.slice(0, end) + tail, clue: '', end: pos + end + tail.length };
  }
  const word = /^[^\s，,。；;《]+/.exec(raw)?.[0];
  return word ? { name: word, clue: '', end: pos + word.length } : undefined;
}

/** "广告法（2021年修正）": a version note inside the title, not part of the name (unlike "（2016年本）"). */
const VERSION_SUFFIX = /[（(]([^（()）]*\d{4}[^（()）]*(?:修正|修订|修改|公布|发布)[^（()）]*)[)）]$/;

export function readHeader(s: string, pos: number): BlockHeader {
  let p = skipBlank(s, pos);
  let name: string | undefined;
  let bracketed = false;
  let clueText = '';
  // "（禁止使用童工规定》（…": an opening parenthesis typed for 《.
  const misTyped = OPEN.has(s[p] ?? '') && /^[（(][^（()）\n《》]+》/.test(s.slice(p, p + 60));
  if (s[p] === '《' || misTyped) {
    const read = misTyped
      ? { name: s.slice(p + 1, s.indexOf('》', p)), end: s.indexOf('》', p) + 1 }
      : readBracketed(s, p);
    name = read.name;
    p = read.end;
    while (s[p] === '》') p++;
    // "《A》实施细则》": the opening bracket of the outer name forgotten.
    const tail = /^([^（(《》\n【：:，,。]{1,10})》/.exec(s.slice(p));
    if (tail?.[1] && /(细则|办法|条例|规定)$/.test(tail[1])) {
      name += tail[1];
      p += tail[0].length;
    }
    bracketed = true;
  } else {
    const bare = readBareName(s, p);
    if (bare) {
      name = bare.name;
      clueText += bare.clue;
      p = bare.end;
    }
  }
  if (name !== undefined) {
    name = name.replace(/[\s\u3000]+/g, '');
    if (bracketed) name = name.replace(/^《+/, '').replace(/》+$/, '');
    const suffix = VERSION_SUFFIX.exec(name);
    if (suffix) {
      clueText += `${suffix[1] ?? ''} `;
      name = name.slice(0, suffix.index);
    }
    if (name === '') name = undefined;
  }
  // A second name right after the first ("《A》《A'》（…）") is a duplicate written by mistake.
  let q = skipBlank(s, p);
  if (s[q] === '《') {
    p = readBracketed(s, q).end;
  }
  for (;;) {
    q = skipBlank(s, p);
    if (!OPEN.has(s[q] ?? '')) break;
    const group = readParens(s, q);
    clueText += `${group.inner} `;
    p = group.end;
  }
  const header: BlockHeader = { bracketed, clueText: clueText.trim(), end: p };
  if (name !== undefined) header.name = name;
  return header;
}
