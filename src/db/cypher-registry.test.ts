import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { cypher, CypherRegistry } from './cypher-registry';

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

  it('refuses to start when a declared statement has no file, naming it', () => {
    cypher('thing/missing-one');
    expect(() => CypherRegistry.load(dir)).toThrow('cypher/thing/missing-one.cypher');
  });
});
