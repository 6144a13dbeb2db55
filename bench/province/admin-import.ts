import { spawn } from 'node:child_process';
import { join } from 'node:path';

import type { Neo4jPaths } from '../../scripts/neo4j/neo4j-home';
import type { FileGroup } from './graph-files';

/** Java 17 needs these for Neo4j's off-heap memory, as for the server (scripts/neo4j/neo4j-home.ts). */
const JAVA_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/**
 * `neo4j-admin database import full` from the project's jars (org.neo4j.cli.AdminTool) into the
 * stopped server's home: copies 0..copies-1 of every file group, replacing the database.
 * Text may span lines (basis texts), so --multiline-fields. 用 neo4j-admin 批量导入。
 */
export async function adminImport(home: Neo4jPaths, groups: readonly FileGroup[], copies: number): Promise<void> {
  const sources = groups.map((g) => `--${g.kind}=${[g.header, ...g.parts.slice(0, copies)].join(',')}`);
  const args = [
    '-Xmx1g',
    ...JAVA_OPENS,
    '-cp',
    join(home.lib, '*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--id-type=integer',
    '--multiline-fields=true',
    '--array-delimiter=U+001F',
    '--threads=2',
    `--report-file=${join(home.logs, 'import.report')}`,
    ...sources,
  ];
  const child = spawn('java', args, {
    cwd: home.home,
    env: { ...process.env, NEO4J_HOME: home.home, NEO4J_CONF: home.conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer): void => {
    tail.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? -1)));
  if (code !== 0) throw new Error(`neo4j-admin database import exited ${code}:\n${tail.join('\n')}`);
}
