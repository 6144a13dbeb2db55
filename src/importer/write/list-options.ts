/**
 * Options of the list imports (enforcement, whistle, duties, lenient), a subset of the CLI's
 * CommonImportOptions (src/importer/kinds.ts). 清单导入选项。
 */
export interface ListImportOptions {
  /** Validate and count, write nothing. */
  dryRun: boolean;
  /** Write the valid rows, report the rest; without it any error writes nothing. */
  skipInvalid: boolean;
  /** First day the list applies (ISO date): rows it drops or changes end the day before. */
  validFrom: string;
  /** The list's issuer (ISSUED_BY); for duties also the township, for lenient lists also the 实施部门, of rows that name none. */
  org?: string;
  /** Organizations created by reference are placed in this division; whistle markers (各街道) expand within it. */
  division?: string;
  /** A guiding catalog's name (--name; by default its file's name). */
  name?: string;
  onProgress?: (done: number, total: number) => void;
}
