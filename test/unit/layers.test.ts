/**
 * Issue 16: the layer rules of eslint.config.mjs fail on a violation. ESLint runs (as `npm run
 * lint` does, in a child process) with lint/fixture.config.mjs — the same rules from
 * lint/layers.mjs, without type information — over small trees written to a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../..');
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints a tree of files (path -> text) and returns the messages by file. */
function lintTree(files: Record<string, string>): Record<string, LintMessage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'quanze-layers-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [ESLINT, '--config', join(ROOT, 'lint/fixture.config.mjs'), '--format', 'json', 'src'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? '';
    }
    const results = JSON.parse(out) as { filePath: string; messages: LintMessage[] }[];
    return Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rules = (messages: LintMessage[] | undefined) => (messages ?? []).map((m) => m.ruleId);

describe('layer rules', () => {
  it('pass a tree where importer and features meet only in domain', () => {
    const found = lintTree({
      'src/domain/kind.ts': 'export type Kind = "a";\n',
      'src/importer/read.ts': 'import type { Kind } from "../domain/kind";\nexport const k: Kind = "a";\n',
      'src/features/show.ts': 'import type { Kind } from "../domain/kind";\nexport const k: Kind = "a";\n',
    });
    expect(Object.values(found).flat()).toEqual([]);
  });

  it('fail an import from the importer into features, and back, type-only ones included', () => {
    const found = lintTree({
      'src/importer/write.ts': 'import { id } from "../features/repository";\nexport const x = id;\n',
      'src/features/repository.ts': 'export const id = 1;\n',
      'src/features/model.ts': 'import type { Row } from "../importer/row";\nexport type M = Row;\n',
      'src/importer/row.ts': 'export interface Row { id: string }\n',
    });
    expect(rules(found['src/importer/write.ts'])).toEqual(['import-x/no-restricted-paths']);
    expect(rules(found['src/features/model.ts'])).toEqual(['import-x/no-restricted-paths']);
  });

  it('fail domain importing what sits above it', () => {
    const found = lintTree({
      'src/domain/kind.ts': 'import { id } from "../features/repository";\nexport const k = id;\n',
      'src/features/repository.ts': 'export const id = 1;\n',
    });
    expect(rules(found['src/domain/kind.ts'])).toEqual(['import-x/no-restricted-paths']);
  });

  it('fail an import cycle made of type-only imports', () => {
    const found = lintTree({
      'src/domain/a.ts': 'import type { B } from "./b";\nexport interface A { b: B }\n',
      'src/domain/b.ts': 'import type { C } from "./c";\nexport interface B { c: C }\n',
      'src/domain/c.ts': 'import type { A } from "./a";\nexport interface C { a?: A }\n',
    });
    expect(rules(found['src/domain/a.ts'])).toEqual(['quanze-imports/no-cycle']);
    expect(found['src/domain/a.ts']?.[0]?.message).toContain(
      'src/domain/a.ts → src/domain/b.ts → src/domain/c.ts → src/domain/a.ts',
    );
    expect(rules(found['src/domain/c.ts'])).toEqual(['quanze-imports/no-cycle']);
  });
});
