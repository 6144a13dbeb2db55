/** LegalDocument // 法律法规规章 */
export interface LegalDocumentModel {
  id: string;
  name: string;
  level: string;
}

/** LegalVersion // 法律版本 */
export interface LegalVersionModel {
  id: string;
  lawId: string;
  publishDate: string | null;
  effectiveDate: string | null;
  expired: boolean | null;
  /** The latest version not expired. */
  current: boolean;
}

/** Provision // 条款 */
export interface ProvisionModel {
  id: string;
  article: number;
  articleSuffix: number | null;
  paragraph: number | null;
  item: number | null;
  text: string | null;
  /** Set for a chapter citation (第五章): the provision covers articles `article`..`articleTo`. */
  chapter: number | null;
  articleTo: number | null;
  versionId: string;
  lawId: string;
}
