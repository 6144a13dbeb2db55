import { CATALOG_LEVELS, catalogLevelOf, type CatalogLevel } from '../domain/catalog';
import { assignCatalog, AssignmentError, type AssignmentResult } from '../importer/assign-catalog';
import { isIsoDate, today } from '../shared/dates';
import { openDatabase } from './database';
import { CliError, EXIT } from './exit-codes';

export interface AssignFlags {
  catalog: string;
  org?: string[];
  type?: string;
  nameContains?: string;
  level?: string;
  validFrom?: string;
  dryRun?: boolean;
  json?: boolean;
}

const usage = (zh: string, en: string) => new CliError(`${zh} / ${en}`, EXIT.usage);

/** --level as a catalog level: CITY, COUNTY ... or as written in a catalog (地州市级, 县市区级). */
export function levelFlag(value: string | undefined): CatalogLevel | undefined {
  if (value === undefined) return undefined;
  const level = (CATALOG_LEVELS as readonly string[]).includes(value.toUpperCase())
    ? (value.toUpperCase() as CatalogLevel)
    : catalogLevelOf(value);
  if (level === undefined) {
    throw usage(`--level 须为 ${CATALOG_LEVELS.join('、')} 或“地州市级”“县市区级”等：${value}`, `--level must be one of ${CATALOG_LEVELS.join(', ')} or 地州市级, 县市区级 ...: ${value}`);
  }
  return level;
}

/** `quanze catalog assign`: exit 0 when assigned or nothing to do, 2 on a usage or data error. */
export async function runAssign(flags: AssignFlags): Promise<number> {
  if (flags.validFrom !== undefined && !isIsoDate(flags.validFrom)) {
    throw usage(`--valid-from 须为 ISO 8601 日期，如 2024-01-01：${flags.validFrom}`, `--valid-from must be an ISO 8601 date: ${flags.validFrom}`);
  }
  const level = levelFlag(flags.level);
  const connection = await openDatabase();
  let result: AssignmentResult;
  try {
    result = await assignCatalog(connection.db, {
      catalog: flags.catalog,
      ...(flags.org && flags.org.length > 0 ? { organizations: flags.org } : {}),
      ...(flags.type ? { orgType: flags.type } : {}),
      ...(flags.nameContains ? { nameContains: flags.nameContains } : {}),
      ...(level ? { level } : {}),
      validFrom: flags.validFrom ?? today(),
      dryRun: flags.dryRun === true,
    });
  } catch (error) {
    if (error instanceof AssignmentError) throw usage(error.message, error.messageEn);
    throw error;
  } finally {
    await connection.close();
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const lines = [
      `指派 ${result.assigned.length} 个机构 / assigned ${result.assigned.length}${result.written ? '' : '（未写入 / nothing written）'}`,
      ...result.assigned.map((a) => `  ${a.name}：${a.level}`),
      ...(result.unchanged.length > 0 ? [`已按该层级指派，未变 / already assigned: ${result.unchanged.join('、')}`] : []),
      `匹配清单事项 ${result.matches} 条 / matched rows: ${result.matches}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return EXIT.ok;
}
