import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { expandFragments } from './cypher-fragments';
import { CYPHER_DIR, CypherRegistry } from './cypher-registry';

const IN_FORCE_M = '(m.validFrom IS NULL OR m.validFrom <= asOf) AND (m.validTo IS NULL OR m.validTo >= asOf)';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : [],
  );
}

describe('Cypher fragments', () => {
  it('fill in the validity condition with the variable and the date given', () => {
    expect(expandFragments('WHERE {{inForce m asOf}} RETURN m')).toBe(`WHERE ${IN_FORCE_M} RETURN m`);
    expect(expandFragments('WHERE {{inForce e $asOf}}')).toBe(
      'WHERE (e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)',
    );
    expect(expandFragments('WHERE NOT ({{activeOrganization o date($asOf)}})')).toBe(
      'WHERE NOT ((o.validFrom IS NULL OR o.validFrom <= date($asOf)) AND (o.validTo IS NULL OR o.validTo >= date($asOf)))',
    );
  });

  it('fill in when a version starts, an open start as the earliest date', () => {
    expect(expandFragments('ORDER BY {{startOf p}} DESC')).toBe(
      "ORDER BY coalesce(p.validFrom, date('0001-01-01')) DESC",
    );
  });

  it('leave the kinds of list to their own expansion, and text without fragments as it is', () => {
    const text = '  {{UNION}} MATCH (n:{{label}})-[:{{organizationLinks}}]->(o) RETURN n {.id, x: {y: 1}}';
    expect(expandFragments(text)).toBe(text);
  });

  it.each([
    ['{{inForce m}}', 'takes 2 argument(s), got 1'],
    ['{{inForce m asOf d}}', 'takes 2 argument(s), got 3'],
    ['{{startOf}}', 'takes 1 argument(s), got 0'],
    ['{{label m}}', 'takes no arguments'],
    ['{{inForse m asOf}}', 'unknown Cypher fragment {{inForse m asOf}}'],
    ['{{constructor}}', 'unknown Cypher fragment'],
    ['{{inForce m.x asOf}}', 'm.x is not a variable'],
    ['{{inForce m toString(asOf)}}', 'is not a date'],
    ['WHERE {{inForce m asOf', 'an unclosed {{'],
  ])('refuse %s', (text, message) => {
    expect(() => expandFragments(text)).toThrow(message);
  });

  it('fail the registry load naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cypher-fragments-'));
    mkdirSync(join(dir, 'thing'));
    writeFileSync(join(dir, 'thing', 'good.cypher'), 'MATCH (m) WHERE {{inForce m $asOf}} RETURN m\n');
    expect(CypherRegistry.load(dir).text({ name: 'thing/good' })).toContain('m.validTo >= $asOf)');
    writeFileSync(join(dir, 'thing', 'bad.cypher'), '// a header\nMATCH (m) WHERE {{inForce m}} RETURN m\n');
    expect(() => CypherRegistry.load(dir)).toThrow('cypher/thing/bad.cypher: {{inForce m}}');
  });

  it('are not pasted again into a statement', () => {
    const pasted = files(CYPHER_DIR)
      .filter((file) => /\w+\.validFrom IS NULL OR|coalesce\(\w+\.validFrom, date\(/u.test(readFileSync(file, 'utf8')))
      .map((file) => relative(CYPHER_DIR, file));
    expect(pasted).toEqual([]);
  });
});
