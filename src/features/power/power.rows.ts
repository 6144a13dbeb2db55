import { z } from 'zod';

import { maybeNumber, maybeText, model, text } from '../../db/decode';
import { POWER_CATEGORIES } from '../../domain/categories';
import type { PowerModel, ResponsibilityModel } from './power.model';

/** A Power as the power statements project it (`power`); what only some statements add rides along. */
export const POWER = model({
  id: text,
  code: maybeText,
  codeLayout: maybeText,
  codeArea: maybeText,
  codeDepartment: maybeText,
  codeType: maybeText,
  codeItem: maybeText,
  codeSubItem: maybeText,
  seqNo: maybeText,
  name: text,
  subName: maybeText,
  category: z.enum(POWER_CATEGORIES),
  rawCategory: maybeText,
  levelLabel: maybeText,
  scope: maybeText,
  remarks: maybeText,
  validFrom: maybeText,
  validTo: maybeText,
  sourceFile: maybeText,
  sourceSheet: maybeText,
  sourceRow: maybeNumber,
  undertakenById: maybeText,
  parentId: maybeText,
  itemKey: maybeText,
}) satisfies z.ZodType<PowerModel>;

/** One responsibility of a power (`responsibility`), before its power id is added. */
export const RESPONSIBILITY = model({
  order: z.number(),
  stage: maybeText,
  group: maybeText,
  text,
}) satisfies z.ZodType<Omit<ResponsibilityModel, 'powerId'>>;
