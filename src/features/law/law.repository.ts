import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeColumn } from '../../db/decode';
import type { LegalDocumentModel, LegalVersionModel, ProvisionModel } from './law.model';
import { LEGAL_DOCUMENT, LEGAL_VERSION, PROVISION } from './law.rows';

const FIND_DOCUMENTS = cypher('law/find-documents-by-ids');
const FIND_VERSIONS = cypher('law/find-versions-by-ids');
const FIND_VERSIONS_OF_DOCUMENTS = cypher('law/find-versions-by-document-ids');
const FIND_PROVISIONS = cypher('law/find-provisions-by-ids');

/** Reads of the law catalog as imported (ADR 0001): documents, versions, provisions. */
export class LawRepository {
  constructor(private readonly db: Database) {}

  async findDocuments(ids: readonly string[]): Promise<LegalDocumentModel[]> {
    const rows = await this.db.read('laws.byIds', FIND_DOCUMENTS, { ids });
    return decodeColumn(FIND_DOCUMENTS, rows, 'law', LEGAL_DOCUMENT);
  }

  async findVersions(ids: readonly string[]): Promise<LegalVersionModel[]> {
    const rows = await this.db.read('legalVersions.byIds', FIND_VERSIONS, { ids });
    return decodeColumn(FIND_VERSIONS, rows, 'version', LEGAL_VERSION);
  }

  /** Versions of the given documents, oldest publish date first. */
  async findVersionsOfDocuments(ids: readonly string[]): Promise<LegalVersionModel[]> {
    const rows = await this.db.read('legalVersions.byLawIds', FIND_VERSIONS_OF_DOCUMENTS, { ids });
    return decodeColumn(FIND_VERSIONS_OF_DOCUMENTS, rows, 'version', LEGAL_VERSION);
  }

  async findProvisions(ids: readonly string[]): Promise<ProvisionModel[]> {
    const rows = await this.db.read('provisions.byIds', FIND_PROVISIONS, { ids });
    return decodeColumn(FIND_PROVISIONS, rows, 'provision', PROVISION);
  }
}
