import { LIST_KINDS, type ListKindName } from '../domain/list-kinds';
import { formatProblem, type ImportSummary } from '../importer/summary';

const LIST_KIND_LABELS = Object.fromEntries(LIST_KINDS.map((k) => [k.name, `${k.listName} ${k.name}`]));

const KIND_LABEL: Record<ImportSummary['kind'], string> = {
  divisions: '行政区划 divisions',
  organizations: '机构 organizations',
  laws: '法律库 laws',
  powers: '权责清单 powers',
  catalog: '指导目录 catalog',
  ...(LIST_KIND_LABELS as Record<ListKindName, string>),
};

const DATE_SOURCE: Record<NonNullable<ImportSummary['validFrom']>['from'], [string, string]> = {
  option: ['--valid-from 指定', 'from --valid-from'],
  title: ['取自标题行的年份', "the title row's year"],
  fileName: ['取自文件名的年份', "the file name's year"],
  today: ['标题和文件名都没有年份，按今天', 'no year in the title or file name: today'],
};

/** A readable summary: Chinese first, English beside it; every error located. */
export function formatSummary(s: ImportSummary, english: boolean): string {
  const lines: string[] = [];
  const status = s.errors.length > 0 && !s.written
    ? '已拒绝，未写入任何数据 / rejected, nothing written'
    : s.dryRun
      ? '试运行，未写入 / dry run, nothing written'
      : s.written
        ? '已写入 / written'
        : '无变化 / nothing to write';
  lines.push(`${s.file} — ${KIND_LABEL[s.kind]}: ${status}`);
  lines.push(
    `  读取 read ${s.rowsRead} · 新增 created ${s.created} · 更新 updated ${s.updated} · 未变 unchanged ${s.unchanged} · 失效 retired ${s.retired} · 拒绝 rejected ${s.rejected}`,
  );
  if (s.citations.resolved + s.citations.unresolved > 0) {
    lines.push(`  法律依据 citations: 已解析 resolved ${s.citations.resolved} · 未解析 unresolved ${s.citations.unresolved}`);
  }
  if (s.validFrom) {
    const [zh, en] = DATE_SOURCE[s.validFrom.from];
    lines.push(`  起始日期 valid from ${s.validFrom.date}（${zh} / ${en}）`);
  }
  if (s.creditedOrganizations && s.creditedOrganizations.length > 0) {
    const credited = s.creditedOrganizations.map((o) => `${o.name} ${o.rows}`).join('、');
    lines.push(`  职权归属 rows credited to: ${credited}`);
  }
  if (s.createdOrganizations.length > 0) {
    lines.push(`  新建机构 organizations created (${s.createdOrganizations.length}): ${s.createdOrganizations.join('、')}`);
  }
  for (const e of s.errors) lines.push(`  错误 error ${formatProblem(s.file, e, english)}`);
  if (s.warnings.length > 0) lines.push(`  警告 warnings: ${s.warnings.length}`);
  for (const w of s.warnings.slice(0, 20)) {
    lines.push(`    ${s.file}:${w.sheet}:${w.row}:${w.column ?? ''}: ${english ? w.messageEn : w.message}`);
  }
  if (s.warnings.length > 20) lines.push(`    …另有 ${s.warnings.length - 20} 条 / ${s.warnings.length - 20} more (--json 列出全部 / --json lists all)`);
  return lines.join('\n');
}

/** `--json`: the machine-readable summary IMPORT.md and the issue specify. */
export function jsonSummary(s: ImportSummary): Record<string, unknown> {
  return {
    file: s.file,
    kind: s.kind,
    rowsRead: s.rowsRead,
    created: s.created,
    updated: s.updated,
    unchanged: s.unchanged,
    retired: s.retired,
    rejected: s.rejected,
    citations: s.citations,
    createdOrganizations: s.createdOrganizations,
    written: s.written,
    dryRun: s.dryRun,
    errors: s.errors.map((e) => ({ sheet: e.sheet, row: e.row, column: e.column, message: e.message, messageEn: e.messageEn })),
    warnings: s.warnings.map((w) => ({ sheet: w.sheet, row: w.row, column: w.column, message: w.message, messageEn: w.messageEn })),
    warningCount: s.warnings.length,
    ...(s.validFrom ? { validFrom: s.validFrom } : {}),
    ...(s.creditedOrganizations ? { creditedOrganizations: s.creditedOrganizations } : {}),
  };
}
