import { piece } from '../../db/cypher-registry';
import type { CompiledType } from '../compiled-read/compile';
import { one } from '../compiled-read/fields';
import type { LegalDocumentModel, LegalVersionModel, ProvisionModel } from './law.model';
import { LEGAL_DOCUMENT, LEGAL_VERSION, PROVISION } from './law.rows';

const PROVISION_ROW = piece('law/provision-row');
const VERSION_ROW = piece('law/version-row');
const LAW_ROW = piece('law/law-row');
const VERSION_OF_PROVISION = piece('law/version-of-provision');
const LAW_OF_PROVISION = piece('law/law-of-provision');
const LAW_OF_VERSION = piece('law/law-of-version');

export const compiledProvision: CompiledType<ProvisionModel> = {
  name: 'Provision',
  schema: PROVISION,
  row: () => PROVISION_ROW,
  fields: { version: one(VERSION_OF_PROVISION, 'LegalVersion'), law: one(LAW_OF_PROVISION, 'LegalDocument') },
};

export const compiledLegalVersion: CompiledType<LegalVersionModel> = {
  name: 'LegalVersion',
  schema: LEGAL_VERSION,
  row: () => VERSION_ROW,
  fields: { law: one(LAW_OF_VERSION, 'LegalDocument') },
};

export const compiledLegalDocument: CompiledType<LegalDocumentModel> = {
  name: 'LegalDocument',
  schema: LEGAL_DOCUMENT,
  row: () => LAW_ROW,
  fields: {},
};
