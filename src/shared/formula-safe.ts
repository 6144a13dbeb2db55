/**
 * OWASP CSV injection: a cell a spreadsheet program would run as a formula (it starts, after any
 * leading whitespace, with = + - @, or with a tab or carriage return) is written with a leading
 * apostrophe, which spreadsheets show as text and do not evaluate. Numbers stay numbers.
 * 导出单元格防公式注入：以 = + - @、制表符或回车开头的文本前加单引号。
 */
const TRIGGER = /^[\t\r]|^\s*[=+\-@＝＋－＠]/u;

export function neutraliseFormula<T extends string | number>(value: T): T | string {
  return typeof value === 'string' && TRIGGER.test(value) ? `'${value}` : value;
}
