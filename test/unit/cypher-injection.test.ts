import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';

/**
 * User text reaches Cypher only as a $parameter: no statement is built from strings in code, and
 * no .cypher file builds one at run time. 用户输入只能作为参数进入 Cypher。
 */

const root = join(__dirname, '..', '..');
const walk = (dir: string, ext: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : walk(path, ext);
    return path.endsWith(ext) && !path.endsWith('.test.ts') ? [path] : [];
  });

/** Methods that send Cypher text to the driver. */
const SENDS_CYPHER = new Set(['run', 'executeQuery']);
/** Cypher clause shapes; a string literal in code containing one is Cypher living outside cypher/. */
const CYPHER_TEXT =
  /\b(?:MATCH|MERGE|CREATE)\s*\(|\bDETACH\s+DELETE\b|\bUNWIND\s+\$|\bCALL\s+(?:db|dbms|apoc)\.|\bRETURN\s+\w+\s*(?:,|$|LIMIT|ORDER)/i;

const isBuiltString = (node: ts.Node): boolean =>
  ts.isTemplateExpression(node) ||
  ts.isNoSubstitutionTemplateLiteral(node) ||
  ts.isStringLiteral(node) ||
  (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
  (ts.isParenthesizedExpression(node) && isBuiltString(node.expression));

interface Finding {
  file: string;
  line: number;
  what: string;
}

function scanSource(path: string, text = readFileSync(path, 'utf8')): Finding[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const at = (node: ts.Node, what: string): void => {
    findings.push({
      file: relative(root, path),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      what,
    });
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      SENDS_CYPHER.has(node.expression.name.text)
    ) {
      const first = node.arguments[0];
      if (first !== undefined && isBuiltString(first))
        at(node, `${node.expression.name.text}() given a string built in code`);
    }
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (CYPHER_TEXT.test(node.text)) at(node, `Cypher text in code: ${node.text.slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe('Cypher injection guard', () => {
  it('finds no Cypher built from strings, and no Cypher text, anywhere in src/', () => {
    const findings = walk(join(root, 'src'), '.ts').flatMap((path) => scanSource(path));
    expect(findings).toEqual([]);
  });

  it('would catch the patterns it looks for', () => {
    const probe = join(root, 'test', 'unit', 'fixtures-cypher-injection-probe.ts');
    const text = [
      "session.run(`MATCH (n {name: '${name}'}) RETURN n`);",
      "tx.run('MATCH (n) WHERE n.name = \"' + name + '\" RETURN n');",
      'driver.executeQuery(query + suffix);',
      "const q = 'MERGE (o:Organization {name: $name})';",
      "db.read('op', registryRef, { name });",
    ].join('\n');
    const found = scanSource(probe, text).map((f) => `${f.line}:${f.what.split(/[:(]/)[0]}`);
    expect(found).toEqual([
      '1:run',
      '1:Cypher text in code',
      '1:Cypher text in code',
      '2:run',
      '2:Cypher text in code',
      '2:Cypher text in code',
      '3:executeQuery',
      '4:Cypher text in code',
    ]);
  });

  it('finds no statement in cypher/ that builds and runs Cypher at run time (apoc.cypher.*, apoc.do.*, periodic.iterate)', () => {
    const findings = walk(join(root, 'cypher'), '.cypher').flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const problems: string[] = [];
      if (/\bapoc\.(?:cypher|do)\.|\bapoc\.periodic\.(?:iterate|commit|submit)\b/i.test(text))
        problems.push('dynamic Cypher procedure');
      if (/\$\{/.test(text)) problems.push('template placeholder ${...}');
      return problems.map((what) => ({ file: relative(root, path), what }));
    });
    expect(findings).toEqual([]);
  });
});
