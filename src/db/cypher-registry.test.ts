import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LIST_KINDS } from '../domain/list-kinds';
import { cypher, CypherRegistry, expandKind, expandKinds, kindStatement } from './cypher-registry';

describe('CypherRegistry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-'));
  mkdirSync(join(dir, 'thing'));
  mkdirSync(join(dir, 'schema'));
  writeFileSync(join(dir, 'thing', 'find.cypher'), '// header comment\nMATCH (n:Thing {id: $id}) RETURN n\n');
  writeFileSync(join(dir, 'schema', 'all.cypher'), 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n');

  it('loads statements by path without comments', () => {
    const registry = CypherRegistry.load(dir);
    expect(registry.text({ name: 'thing/find' })).toBe('MATCH (n:Thing {id: $id}) RETURN n');
    expect(registry.statementsOf('schema/all')).toHaveLength(2);
  });

  it('loads a per-kind template once for each kind, named by the kind', () => {
    mkdirSync(join(dir, 'per-kind'));
    writeFileSync(
      join(dir, 'per-kind', 'latest.cypher'),
      "// for each kind\nMATCH (o)<-[:{{kind.scope}}]-(n:{{kind.label}}) WHERE n.listType = '{{kind.listType}}' RETURN n\n",
    );
    const registry = CypherRegistry.load(dir);
    expect(registry.text(kindStatement('latest', { name: 'whistle' }))).toBe(
      "MATCH (o)<-[:WHISTLED_BY]-(n:WhistleMatter) WHERE n.listType = 'WHISTLE' RETURN n",
    );
    expect(registry.names().filter((n) => n.startsWith('per-kind/'))).toEqual(
      LIST_KINDS.map((k) => `per-kind/latest:${k.name}`).sort(),
    );
  });

  it('refuses an unknown field of a per-kind template, and a kind whose scope is not plain', () => {
    const [first] = LIST_KINDS;
    expect(() => expandKind('MATCH (n:{{kind.colour}})', first)).toThrow('unknown {{kind.colour}}');
    expect(() => expandKind('MATCH ()-[:{{kind.scope}}]->()', { ...first, scope: 'TO]->() DELETE (' })).toThrow(
      'not a plain name',
    );
  });

  it('puts a part in place of {{include}} in statements and pieces, and names the file of an unknown one', () => {
    const parts = dir;
    writeFileSync(join(parts, 'thing', 'scope.part.cypher'), '// the scope\nMATCH (o:Organization {id: $id})');
    writeFileSync(join(parts, 'thing', 'count.cypher'), '{{include thing/scope}}\nRETURN count(o) AS n\n');
    writeFileSync(join(parts, 'thing', 'row.piece.cypher'), 'COLLECT { {{include thing/scope}} RETURN o }\n');
    const registry = CypherRegistry.load(parts);
    expect(registry.text({ name: 'thing/count' })).toBe('MATCH (o:Organization {id: $id})\nRETURN count(o) AS n');
    expect(registry.pieceText({ piece: 'thing/row' })).toBe('COLLECT { MATCH (o:Organization {id: $id}) RETURN o }');
    expect(registry.names()).not.toContain('thing/scope');
    const broken = mkdtempSync(join(tmpdir(), 'cypher-parts-'));
    mkdirSync(join(broken, 'thing'));
    writeFileSync(join(broken, 'thing', 'other.cypher'), '{{include thing/nope}} RETURN 1');
    expect(() => CypherRegistry.load(broken)).toThrow('thing/other.cypher: unknown Cypher part {{include thing/nope}}');
  });

  it('refuses to start when a declared statement has no file, naming it', () => {
    cypher('thing/missing-one');
    expect(() => CypherRegistry.load(dir)).toThrow('cypher/thing/missing-one.cypher');
  });

  it('writes one branch per kind of list where a line names {{label}}', () => {
    const text = ['CALL (id) {', '  {{UNION}} MATCH (n:{{label}} {id: id}) RETURN n', '}', 'RETURN {{labels}} AS l'].join('\n');
    const kinds = LIST_KINDS.slice(0, 2);
    expect(expandKinds(text, kinds).split('\n')).toEqual([
      'CALL (id) {',
      '   MATCH (n:EnforcementItem {id: id}) RETURN n',
      '  UNION MATCH (n:WhistleMatter {id: id}) RETURN n',
      '}',
      "RETURN ['EnforcementItem', 'WhistleMatter'] AS l",
    ]);
    expect(expandKinds('MATCH (n)-[:{{organizationLinks}}]->()', kinds)).toBe('MATCH (n)-[:FROM|TO|LEAD|WHISTLED_BY|COOPERATES]->()');
  });

  it('refuses a kind whose names are not plain', () => {
    const [first] = LIST_KINDS;
    expect(() => expandKinds('x', [{ ...first, label: 'X) DETACH DELETE (n' }])).toThrow('not a plain name');
  });
});
