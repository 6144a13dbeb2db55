import { z } from 'zod';

import { maybeText, model, text } from '../../db/decode';
import { ORG_TYPES } from '../../domain/organizations';
import type { AdminDivisionModel, OrganizationModel } from './organization.model';

/** An Organization as the statements project it (`organization`). */
export const ORGANIZATION = model({
  id: text,
  name: text,
  orgType: z.enum(ORG_TYPES),
  validFrom: maybeText,
  validTo: maybeText,
  divisionCode: maybeText,
  parentId: maybeText,
}) satisfies z.ZodType<OrganizationModel>;

export const ADMIN_DIVISION = model({
  code: text,
  name: text,
  level: text,
  parentCode: maybeText,
}) satisfies z.ZodType<AdminDivisionModel>;
