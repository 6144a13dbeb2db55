import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LIB_MARKER, NEO4J_VERSION, type Neo4jPaths } from './neo4j-home';
import { requireMaven } from './prerequisites';

export function installedVersion(paths: Neo4jPaths): string | null {
  const marker = path.join(paths.lib, LIB_MARKER);
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : null;
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

/**
 * Copies the runtime closure of org.neo4j:neo4j into lib/ unless lib/ already holds NEO4J_VERSION.
 * Copies into a sibling folder and renames it, so an interrupted download never looks complete.
 * Returns true when it resolved the jars now.
 */
export async function assembleNeo4j(paths: Neo4jPaths, log: (line: string) => void): Promise<boolean> {
  if (installedVersion(paths) === NEO4J_VERSION) return false;
  requireMaven();
  log(
    `正在从 Maven Central 组装 Neo4j ${NEO4J_VERSION}（首次约 1 分钟）/ Assembling Neo4j ${NEO4J_VERSION} from Maven Central (about a minute the first time)`,
  );
  const partial = `${paths.lib}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const { code, output } = await run(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      paths.pom,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${partial}`,
    ],
    paths.projectRoot,
  );
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`Maven 组装 Neo4j 失败 / Maven failed to assemble Neo4j (exit ${String(code)}):\n${tail}`);
  }
  writeFileSync(path.join(partial, LIB_MARKER), `${NEO4J_VERSION}\n`);
  rmSync(paths.lib, { recursive: true, force: true });
  renameSync(partial, paths.lib);
  return true;
}
