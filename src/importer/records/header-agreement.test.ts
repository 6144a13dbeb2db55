/**
 * The reader's header specs and the records' field specs name the same fields: what the reader
 * stores under a field is what the records layer reads, and a column a kind requires is required
 * for the reader to take a sheet for a list of that kind.
 */
import type { HeaderSpec } from '../read/header-spec';
import {
  DIVISIONS_SPEC,
  DUTIES_SPEC,
  ENFORCEMENT_SPEC,
  LENIENT_SPEC,
  ORGANIZATIONS_SPEC,
  WHISTLE_SPEC,
} from '../read/header-specs';
import { normalizeName } from '../../domain/text';
import { DIVISION_FIELDS } from './divisions';
import { DUTY_FIELDS } from './duties';
import { ENFORCEMENT_FIELDS } from './enforcement';
import { LENIENT_FIELDS } from './lenient';
import { ORGANIZATION_FIELDS } from './organizations';
import type { FieldSpec } from './row-context';
import { WHISTLE_FIELDS } from './whistle';

const KINDS: [string, HeaderSpec, readonly FieldSpec[]][] = [
  ['divisions', DIVISIONS_SPEC, DIVISION_FIELDS],
  ['organizations', ORGANIZATIONS_SPEC, ORGANIZATION_FIELDS],
  ['enforcement', ENFORCEMENT_SPEC, ENFORCEMENT_FIELDS],
  ['whistle', WHISTLE_SPEC, WHISTLE_FIELDS],
  ['duties', DUTIES_SPEC, DUTY_FIELDS],
  ['lenient', LENIENT_SPEC, LENIENT_FIELDS],
];

describe.each(KINDS)('%s: reader and records agree', (_kind, header, fields) => {
  it('reads each record field under its own name, from its IMPORT.md header', () => {
    const byName = new Map(header.fields.map((f) => [f.field, f]));
    const missing = fields.filter((f) => !byName.has(f.field)).map((f) => f.field);
    expect(missing).toEqual([]);
    const unheard = fields
      .filter((f) => !(byName.get(f.field)?.synonyms ?? []).some((s) => normalizeName(s) === normalizeName(f.header)))
      .map((f) => `${f.field} ${f.header}`);
    expect(unheard).toEqual([]);
  });

  it('requires in the reader exactly the columns the records require', () => {
    const required = (list: readonly { field: string; required?: boolean }[]): string[] =>
      list
        .filter((f) => f.required === true)
        .map((f) => f.field)
        .sort();
    expect(required(header.fields)).toEqual(required(fields));
  });
});
