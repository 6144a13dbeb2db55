import { spawnSync } from 'node:child_process';

export const MIN_JAVA = 17;
/** Java releases Neo4j 5.26 is built and supported for. */
export const SUPPORTED_JAVA = [17, 21] as const;

export type MissingTool = 'java' | 'mvn' | 'java-too-old';

export class Neo4jPrerequisiteError extends Error {
  constructor(
    readonly missing: MissingTool[],
    detail?: string,
  ) {
    super(prerequisiteMessage(missing, detail));
    this.name = 'Neo4jPrerequisiteError';
  }
}

/** Chinese first, then English: what to install, or how to do without. */
export function prerequisiteMessage(missing: MissingTool[], detail?: string): string {
  const zh: string[] = [];
  const en: string[] = [];
  if (missing.includes('java')) {
    zh.push('找不到 java 命令');
    en.push('the `java` command was not found');
  }
  if (missing.includes('java-too-old')) {
    zh.push(`java 版本过旧（需要 ${MIN_JAVA} 或更高${detail === undefined ? '' : `，当前 ${detail}`}）`);
    en.push(`java is too old (need ${MIN_JAVA} or newer${detail === undefined ? '' : `, found ${detail}`})`);
  }
  if (missing.includes('mvn')) {
    zh.push('找不到 mvn 命令（首次启动需用 Maven 从 Maven Central 组装 Neo4j）');
    en.push('the `mvn` command was not found (the first start assembles Neo4j from Maven Central with Maven)');
  }
  return [
    `无法启动本地 Neo4j：${zh.join('；')}。`,
    '  请安装 Java 17 与 Maven，Debian/Ubuntu：apt-get install openjdk-17-jre-headless maven',
    '  或者使用 Docker：docker compose up',
    '  或者设置 NEO4J_URI 指向已有的 Neo4j 5。',
    `Cannot start the local Neo4j: ${en.join('; ')}.`,
    '  Install Java 17 and Maven, on Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven',
    '  or use Docker: docker compose up',
    '  or set NEO4J_URI to an existing Neo4j 5.',
  ].join('\n');
}

/** Major version from `java -version` output: `openjdk version "17.0.15"` -> 17, `"1.8.0_402"` -> 8. */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (match === null) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

function toolAnswers(command: string, args: string[]): { found: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  if (result.error !== undefined) return { found: false, output: '' };
  return { found: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Throws Neo4jPrerequisiteError unless java >= 17 is on PATH; returns its major version. */
export function requireJava(): number {
  const java = toolAnswers('java', ['-version']);
  if (!java.found) throw new Neo4jPrerequisiteError(['java']);
  const major = parseJavaMajor(java.output);
  if (major === null || major < MIN_JAVA) {
    throw new Neo4jPrerequisiteError(['java-too-old'], java.output.split('\n')[0]?.trim());
  }
  return major;
}

/** Throws Neo4jPrerequisiteError unless `mvn` is on PATH. */
export function requireMaven(): void {
  if (!toolAnswers('mvn', ['-v']).found) throw new Neo4jPrerequisiteError(['mvn']);
}
