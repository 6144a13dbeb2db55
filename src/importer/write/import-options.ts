/** Options of the divisions and organizations imports. 区划、机构导入选项。 */
export interface ReferenceImportOptions {
  dryRun: boolean;
  skipInvalid: boolean;
  /** Accepted for a uniform signature; these files carry their own dates. */
  validFrom: string;
}
