import { Command } from 'commander';

import { ALL_ROLES } from '../auth/roles';
import { runOverdue, type OverdueFlags } from './overdue-command';
import { runDemo } from './demo-command';
import { IMPORT_KINDS, runImport, type ImportFlags } from './import-command';
import { runToken, type TokenFlags } from './token-command';
import { runReport, type ReportFlags } from './report-command';
import { runAuditVerify } from './audit-command';
import { runHistory } from './history-command';
import { runAssign, type AssignFlags } from './catalog-command';
import { runDiff, type DiffFlags } from './diff-command';
import { runExport, type ExportFlags } from './export-command';

/** Commander's English headings, each with its Chinese. */
export const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法 Usage:',
  'Options:': '选项 Options:',
  'Commands:': '命令 Commands:',
  'Arguments:': '参数 Arguments:',
  'Global Options:': '全局选项 Global Options:',
};

/** `quanze`: the command line, a thin shell over the importer modules. 命令行入口。 */
export function buildProgram(): Command {
  const program = new Command('quanze')
    .description(
      'Quanze 权责图谱：导入和查询政府权责清单知识图谱\nQuanze: import and query the government power and responsibility graph',
    )
    .helpOption('-h, --help', '显示帮助 / show help')
    .helpCommand('help [command]', '显示命令的帮助 / show help for a command')
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .showHelpAfterError()
    .exitOverride();

  program
    .command('import')
    .summary('导入清单文件 / import list files')
    .description(
      [
        '导入清单文件（.xlsx / .xls / .csv，按内容识别格式），每个文件单独一个事务：全部写入或全部不写',
        'Import list files (.xlsx/.xls/.csv, detected by content); each file is one transaction: all or nothing',
        '',
        `清单类型 kinds: ${IMPORT_KINDS.join(', ')}`,
        '  divisions 行政区划 · organizations 机构 · laws 法律目录(catalog.csv) · powers 权责清单',
        '  enforcement 乡镇综合行政执法事项 · whistle 吹哨报到事项 · duties 乡镇履职事项 · lenient 四张清单',
        '  catalog 指导目录（每个层级一个工作表；--name 目录名称，默认取文件名）',
        '',
        '退出状态 exit status: 0 已写入或无需写入 written or nothing to write; 1 有无效行，未写入 rejected;',
        '  2 用法错误 usage error; 3 数据库不可达 database unreachable',
      ].join('\n'),
    )
    .argument('<kind>', `清单类型 list kind (${IMPORT_KINDS.join(' | ')})`)
    .argument('<files...>', '文件 files')
    .option('--dry-run', '只校验并报告将发生的变化，不写入 / validate and report what would change, write nothing')
    .option('--skip-invalid', '写入有效行，报告无效行 / write the valid rows and report the rest')
    .option('--json', '在最后一行输出 JSON 摘要 / print a JSON summary as the last line')
    .option(
      '--org <name>',
      '清单所属机构，覆盖行使主体列；不给时取行使主体、标题行或文件名 / the organization the list belongs to, over the 行使主体 column; default: that column, the title row or the file name',
    )
    .option('--division <code>', '新建机构所属行政区划代码 / division code for organizations created on the fly')
    .option(
      '--valid-from <date>',
      '清单生效日期；权责清单默认取标题或文件名中的年份（1月1日），其余默认今天 / first day the list applies; power lists default to 1 January of the year in the title or file name, the others to today',
    )
    .option('--text <dir>', '法律条文目录（仅 laws） / folder of law texts (laws only)')
    .option('--name <name>', '指导目录名称（仅 catalog），默认取文件名 / the guiding catalog\'s name (catalog only); default: the file name')
    .option('--english', '错误信息用英文 / print errors in English')
    .action(async (kind: string, files: string[], flags: ImportFlags) => {
      process.exitCode = await runImport(kind, files, flags);
    });

  program
    .command('demo')
    .summary('载入示例数据 / load the demo data')
    .description(
      '载入虚构的青石市示例数据（法律库、机构、权责清单、执法事项、吹哨、履职、四张清单），可重复执行\n' +
        'Load the fictional demo city 青石市 (laws, organizations, lists of every kind); running it again changes nothing',
    )
    .option('--json', '在最后一行输出 JSON 摘要 / print a JSON summary as the last line')
    .action(async (flags: { json?: boolean }) => {
      process.exitCode = await runDemo(flags);
    });

  program
    .command('token')
    .summary('签发开发用访问令牌 / mint a development access token')
    .description(
      '用 AUTH_JWT_SECRET 签发 HS256 令牌，打印到标准输出；请求时放在 Authorization: Bearer <令牌>\n' +
        'Mint an HS256 token signed with AUTH_JWT_SECRET and print it; send it as Authorization: Bearer <token>',
    )
    .requiredOption('--roles <roles>', `角色，逗号分隔 / roles, comma-separated: ${ALL_ROLES.join(', ')}`)
    .requiredOption('--sub <name>', '令牌主体（变更记录中的操作人） / subject, the actor written into change sets')
    .option('--expires <span>', '有效期，默认 8h / lifetime, default 8h (30m, 8h, 7d)')
    .action(async (flags: TokenFlags) => {
      process.exitCode = await runToken(flags);
    });

  program
    .command('report')
    .summary('导出审查报告 / write the reviewer report')
    .description(
      '按日期计算全部清单问题（及重叠），每类一个工作表，中文表头，含说明和证据；csv 为单个文件，以“类型”列区分\n' +
        "Compute every finding (and overlap) as of a date, one sheet per kind, Chinese headers, explanation and evidence; csv is one file with a kind column",
    )
    .requiredOption('--out <file>', '输出文件 / output file')
    .option('--as-of <date>', '截至日期，默认今天 / as of this date (default today)')
    .option('--format <format>', '格式 xlsx | csv，默认按 --out 的扩展名 / format xlsx | csv (default: from --out)')
    .option('--org <name>', '只含涉及该机构的问题 / only findings involving this organization')
    .action(async (flags: ReportFlags) => {
      process.exitCode = await runReport(flags);
    });

  program
    .command('audit')
    .summary('核验变更记录 / check the change log')
    .description('核验变更记录 / check the change log')
    .command('verify')
    .description('核验变更记录哈希链，报告第一个断开处（退出状态 1）\nCheck the change-set hash chain and report the first broken link (exit status 1)')
    .option('--json', '输出 JSON / print JSON')
    .action(async (flags: { json?: boolean }) => {
      process.exitCode = await runAuditVerify(flags);
    });

  program
    .command('history')
    .summary('机构沿革 / an organization\'s history')
    .description('按时间顺序列出机构的清单发布、职权移交、下放、撤销与合并\nList an organization\'s lists, moves, hand-overs, abolition and merges in date order')
    .requiredOption('--org <name>', '机构名称 / organization name')
    .option('--json', '输出 JSON / print JSON')
    .action(async (flags: { org: string; json?: boolean }) => {
      process.exitCode = await runHistory(flags);
    });

  const catalog = program
    .command('catalog')
    .summary('指导目录 / guiding catalogs')
    .description('指导目录的指派（导入用 quanze import catalog）\nAssigning guiding catalogs (import them with quanze import catalog)');
  catalog
    .command('assign')
    .summary('把指导目录指派给机构 / assign a guiding catalog to organizations')
    .description(
      '指导目录约束所指派的机构：按名称（--org，可重复），或按部门类型与层级（--type、--level，可加 --name-contains）。层级默认取机构所属行政区划的层级\n' +
        'A catalog governs the organizations it is assigned to: by name (--org, repeatable), or by department kind and level (--type, --level, optionally --name-contains). The level defaults to the level of the organization\'s division',
    )
    .requiredOption('--catalog <name>', '指导目录名称 / the catalog\'s name')
    .option('--org <name>', '机构名称，可重复 / organization name, repeatable', (value: string, previous: string[] = []) => [...previous, value])
    .option('--type <orgType>', '机构类型，如 GOV_DEPT / organization type, e.g. GOV_DEPT')
    .option('--name-contains <text>', '机构名称包含的文字，如 林业 / a part of the name, e.g. 林业')
    .option('--level <level>', '层级 PROVINCE | CITY | COUNTY | TOWNSHIP（或 地州市级、县市区级） / level')
    .option('--valid-from <date>', '起始日期，默认今天 / from this date (default today)')
    .option('--dry-run', '只报告，不写入 / report, write nothing')
    .option('--json', '输出 JSON / print JSON')
    .action(async (flags: AssignFlags) => {
      process.exitCode = await runAssign(flags);
    });

  program
    .command('overdue')
    .summary('超期变更申请 / overdue change requests')
    .description(
      '列出截至某日超过本环节期限（CHANGE_REQUEST_STAGE_DAYS 个工作日）的变更申请，超期最久的在前\n' +
        'List the change requests past their stage\'s deadline (CHANGE_REQUEST_STAGE_DAYS working days) on a date, the latest first',
    )
    .option('--as-of <date>', '截至日期，默认今天 / as of this date (default today)')
    .option('--json', '输出 JSON / print JSON')
    .action(async (flags: OverdueFlags) => {
      process.exitCode = await runOverdue(flags);
    });

  program
    .command('diff')
    .summary('权责清单版本比对 / what changed in a list between two dates')
    .description(
      '比较机构在两个日期的权责清单：新增、取消、更名、类别调整、依据变化、责任事项变化，每类一个工作表，中文表头，附造成变化的导入或调整\n' +
        'Compare an organization\'s power list on two dates: added, removed, renamed, re-typed, basis and responsibility changes, one sheet per kind, Chinese headers, with the import or plan that made each',
    )
    .requiredOption('--org <name>', '机构名称 / organization name')
    .requiredOption('--from <date>', '起始日期 / from this date (ISO 8601)')
    .requiredOption('--to <date>', '结束日期 / to this date (ISO 8601)')
    .requiredOption('--out <file>', '输出文件 / output file')
    .option('--format <format>', '格式 xlsx | csv，默认按 --out 的扩展名 / format xlsx | csv (default: from --out)')
    .action(async (flags: DiffFlags) => {
      process.exitCode = await runDiff(flags);
    });

  program
    .command('export')
    .summary('导出权责清单 / export a power list')
    .description(
      '按标准十五列（中文表头）导出机构在某日的权责清单，可用 quanze import powers 重新导入\n' +
        "Export an organization's power list as of a date in the standard 15 columns (Chinese headers); quanze import powers reads it back",
    )
    .argument('<kind>', '清单类型 list kind (powers)')
    .requiredOption('--org <name>', '机构名称 / organization name')
    .option('--as-of <date>', '截至日期，默认今天 / as of this date (ISO 8601, default today)')
    .requiredOption('--out <file>', '输出文件 .xlsx / output file (.xlsx)')
    .action(async (kind: string, flags: ExportFlags) => {
      process.exitCode = await runExport(kind, flags);
    });

  return program;
}
