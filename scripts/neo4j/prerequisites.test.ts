import { parseJavaMajor, prerequisiteMessage } from './prerequisites';

describe('parseJavaMajor', () => {
  it('reads modern and legacy java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaMajor('no java here')).toBeNull();
  });
});

describe('prerequisiteMessage', () => {
  it('says in Chinese, then English, what to install or to use Docker', () => {
    const lines = prerequisiteMessage(['java', 'mvn']).split('\n');
    expect(lines[0]).toBe(
      '无法启动本地 Neo4j：找不到 java 命令；找不到 mvn 命令（首次启动需用 Maven 从 Maven Central 组装 Neo4j）。',
    );
    expect(lines[1]).toBe('  请安装 Java 17 与 Maven，Debian/Ubuntu：apt-get install openjdk-17-jre-headless maven');
    expect(lines[2]).toBe('  或者使用 Docker：docker compose up');
    expect(lines[4]).toBe(
      'Cannot start the local Neo4j: the `java` command was not found; the `mvn` command was not found (the first start assembles Neo4j from Maven Central with Maven).',
    );
    expect(lines[5]).toBe(
      '  Install Java 17 and Maven, on Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven',
    );
    expect(lines[6]).toBe('  or use Docker: docker compose up');
  });

  it('names the java found when it is too old', () => {
    expect(prerequisiteMessage(['java-too-old'], 'java version "1.8.0_402"')).toContain(
      'java is too old (need 17 or newer, found java version "1.8.0_402")',
    );
  });
});
