import { z } from 'zod';

import { maybeNumber, maybeText, model, text } from '../../db/decode';
import type { LegalDocumentModel, LegalVersionModel, ProvisionModel } from './law.model';

/** The law catalog's nodes as the law statements project them. */
export const LEGAL_DOCUMENT = model({ id: text, name: text, level: text }) satisfies z.ZodType<LegalDocumentModel>;

export const LEGAL_VERSION = model({
  id: text,
  lawId: text,
  publishDate: maybeText,
  effectiveDate: maybeText,
  expired: z.boolean().nullable(),
  current: z.boolean(),
}) satisfies z.ZodType<LegalVersionModel>;

export const PROVISION = model({
  id: text,
  article: z.number(),
  articleSuffix: maybeNumber,
  paragraph: maybeNumber,
  item: maybeNumber,
  text: maybeText,
  chapter: maybeNumber,
  articleTo: maybeNumber,
  versionId: text,
  lawId: text,
}) satisfies z.ZodType<ProvisionModel>;
