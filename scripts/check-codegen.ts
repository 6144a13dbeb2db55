/**
 * Fails when src/generated is stale: regenerates in memory from schema/ and codegen.yml and
 * compares with the committed file. 生成文件过期时失败。
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

async function check(): Promise<void> {
  const root = join(__dirname, '..');
  const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
  const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as { filename: string; content: string }[];
  const stale = outputs.filter((o) => {
    let current = '';
    try {
      current = readFileSync(join(root, o.filename), 'utf8');
    } catch {
      return true;
    }
    return current !== o.content;
  });
  if (stale.length > 0) {
    process.stderr.write(
      `生成的代码已过期，请运行 npm run codegen / generated code is stale, run npm run codegen: ${stale.map((o) => o.filename).join(', ')}\n`,
    );
    process.exit(1);
  }
  process.stdout.write('codegen: up to date / 生成代码是最新的\n');
}

check().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
