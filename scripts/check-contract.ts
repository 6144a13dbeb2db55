/**
 * `npm run contract:check`: the project's schema must contain ../shared/spec/contract.graphql
 * (or its copy in test/fixtures/contract). Missing parts that later issues build are listed as
 * pending; anything else missing or incompatible fails. 契约一致性检查。
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema as buildSdl } from 'graphql';

import { checkConformance } from '../src/contract/conformance';
import { pendingPartOf } from '../src/contract/pending';
import { PROJECT_ROOT } from '../src/paths';
import { buildSchema } from '../src/schema';

const shared = join(PROJECT_ROOT, '..', 'shared', 'spec', 'contract.graphql');
const copy = join(PROJECT_ROOT, 'test', 'fixtures', 'contract', 'contract.graphql');
const source = existsSync(shared) ? shared : copy;

const problems = checkConformance(buildSdl(readFileSync(source, 'utf8')), buildSchema());
const pending = new Map<string, string[]>();
const failing: string[] = [];
for (const p of problems) {
  const part = pendingPartOf(p.path);
  if (part) pending.set(part, [...(pending.get(part) ?? []), p.path]);
  else failing.push(`${p.path}: ${p.message}`);
}
process.stdout.write(`契约 contract: ${source}\n`);
for (const [part, paths] of pending) process.stdout.write(`  待实现 pending — ${part}: ${paths.length} items\n`);
if (failing.length > 0) {
  process.stderr.write(`不符合契约 / contract not met (${failing.length}):\n${failing.map((f) => `  - ${f}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('  其余全部符合 / everything else conforms\n');
