import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  NEO4J_VERSION,
  PLANNING_SETTINGS,
  bytesUnder,
  findProjectRoot,
  javaArgs,
  neo4jPaths,
  pageCacheFor,
  parseBoltAddress,
  renderNeo4jConf,
} from './neo4j-home';

describe('parseBoltAddress', () => {
  it('reads host and port from a bolt URI', () => {
    expect(parseBoltAddress('bolt://127.0.0.1:7690')).toEqual({ host: '127.0.0.1', port: 7690 });
  });

  it('defaults the port to 7687 and maps localhost to 127.0.0.1', () => {
    expect(parseBoltAddress('neo4j://localhost')).toEqual({ host: '127.0.0.1', port: 7687 });
  });

  it('rejects a URI that is not Bolt', () => {
    expect(() => parseBoltAddress('http://127.0.0.1:7474')).toThrow('Not a Bolt URI: http://127.0.0.1:7474');
  });
});

describe('renderNeo4jConf', () => {
  const lines = renderNeo4jConf(7690).split('\n');

  it('listens on loopback only, with Bolt on the given port', () => {
    expect(lines).toContain('server.default_listen_address=127.0.0.1');
    expect(lines).toContain('server.bolt.listen_address=127.0.0.1:7690');
    expect(lines).toContain('server.bolt.advertised_address=127.0.0.1:7690');
  });

  it('turns off HTTP, HTTPS, auth and usage reporting and keeps the page cache small', () => {
    for (const line of [
      'server.http.enabled=false',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=false',
      'dbms.usage_report.enabled=false',
      'server.memory.pagecache.size=128m',
      'db.transaction.timeout=10m',
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('plans each statement once, whatever the size of its list parameters', () => {
    expect(PLANNING_SETTINGS).toEqual({ 'internal.cypher.use_parameter_size': 'false' });
    expect(lines).toContain('internal.cypher.use_parameter_size=false');
  });
});

describe('memory of the local server', () => {
  afterEach(() => {
    delete process.env['QUANZE_NEO4J_PAGECACHE'];
    delete process.env['QUANZE_NEO4J_HEAP'];
  });

  it('takes the page cache and heap from QUANZE_NEO4J_PAGECACHE and QUANZE_NEO4J_HEAP', () => {
    process.env['QUANZE_NEO4J_PAGECACHE'] = '2g';
    process.env['QUANZE_NEO4J_HEAP'] = '3G';
    expect(renderNeo4jConf(7687).split('\n')).toContain('server.memory.pagecache.size=2g');
    expect(javaArgs(neo4jPaths(findProjectRoot()))).toContain('-Xmx3g');
  });

  it('runs the JVM with the flags of Neo4j’s own neo4j.conf, experimental ones unlocked first', () => {
    const args = javaArgs(neo4jPaths(findProjectRoot()));
    const at = (flag: string): number => args.indexOf(flag);
    for (const flag of ['-XX:+UseG1GC', '-XX:+TrustFinalNonStaticFields', '-XX:+DisableExplicitGC']) {
      expect(at(flag)).toBeGreaterThanOrEqual(0);
    }
    expect(at('-XX:+UnlockExperimentalVMOptions')).toBeLessThan(at('-XX:+TrustFinalNonStaticFields'));
    expect(at('-XX:+TrustFinalNonStaticFields')).toBeLessThan(at('-cp'));
  });

  it('refuses a size it cannot read, naming the variable', () => {
    process.env['QUANZE_NEO4J_HEAP'] = 'lots';
    expect(() => javaArgs(neo4jPaths(findProjectRoot()))).toThrow(/QUANZE_NEO4J_HEAP=lots/);
  });
});

describe('the local Neo4j home', () => {
  it('lives in .neo4j at the project root', () => {
    const root = findProjectRoot();
    expect(neo4jPaths(root).home).toBe(join(root, '.neo4j'));
    expect(neo4jPaths(root).pidFile).toBe(join(root, '.neo4j', 'run', 'neo4j.pid'));
  });

  it("gives another home (a scratch server) its own folders and PID file but the project's jars", () => {
    const paths = neo4jPaths('/p', '/tmp/scratch');
    expect(paths.lib).toBe('/p/.neo4j/lib');
    expect([paths.data, paths.confFile, paths.pidFile, paths.consoleLog]).toEqual([
      '/tmp/scratch/data',
      '/tmp/scratch/conf/neo4j.conf',
      '/tmp/scratch/run/neo4j.pid',
      '/tmp/scratch/logs/console.log',
    ]);
    expect(javaArgs(paths).slice(-4, -1)).toEqual([
      'org.neo4j.server.CommunityEntryPoint',
      '--home-dir=/tmp/scratch',
      '--config-dir=/tmp/scratch/conf',
    ]);
  });

  it('pins the same Neo4j version as the pom', () => {
    const pom = readFileSync(join(findProjectRoot(), 'scripts', 'neo4j', 'pom.xml'), 'utf8');
    expect(/<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1]).toBe(NEO4J_VERSION);
  });

  it('starts the community entry point with the Java 17 opens, a bounded heap and the home folders', () => {
    const paths = neo4jPaths('/p');
    const args = javaArgs(paths);
    expect(args.slice(0, 2)).toEqual(['-Xms512m', '-Xmx1g']);
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(args[args.indexOf('-cp') + 1]).toBe('/p/.neo4j/plugins/*:/p/.neo4j/lib/*');
    expect(args.slice(-4)).toEqual([
      'org.neo4j.server.CommunityEntryPoint',
      '--home-dir=/p/.neo4j',
      '--config-dir=/p/.neo4j/conf',
      '--console-mode',
    ]);
  });
});

describe('the page cache sized to the store', () => {
  const GB = 2 ** 30;
  const MB = 2 ** 20;

  it('keeps the floor for a store that fits in it: a test’s or a city’s', () => {
    expect(pageCacheFor(0, 23 * GB)).toBe('128m');
    expect(pageCacheFor(100 * MB, 23 * GB)).toBe('128m');
    expect(pageCacheFor(2.5 * GB, 23 * GB, '3g')).toBe('3g');
  });

  it('gives a larger store the store and a tenth more, in steps of 128 MB up to a gigabyte, then whole gigabytes', () => {
    expect(pageCacheFor(162 * MB, 23 * GB)).toBe('256m');
    expect(pageCacheFor(500 * MB, 23 * GB)).toBe('640m');
    // The million-power province's store on a 23 GB machine: 9.9 GB × 1.1 = 10.9, rounded up.
    expect(pageCacheFor(9.9 * GB, 23 * GB, '3g')).toBe('11g');
    expect(pageCacheFor(3.5 * GB, 23 * GB, '3g')).toBe('4g');
  });

  it('never takes more than 60 % of the machine’s memory, nor less than the floor', () => {
    expect(pageCacheFor(30 * GB, 20 * GB)).toBe('12g');
    expect(pageCacheFor(11 * GB, 8 * GB)).toBe(`${Math.floor(8 * 1024 * 0.6)}m`);
    expect(pageCacheFor(11 * GB, 4 * GB, '3g')).toBe('3g');
  });

  it('refuses a floor it cannot read', () => {
    expect(() => pageCacheFor(GB, 23 * GB, 'lots')).toThrow(/lots: .*must be a size/);
  });

  it('writes it to neo4j.conf unless QUANZE_NEO4J_PAGECACHE is set', () => {
    const expected = pageCacheFor(2 * GB, totalmem());
    expect(renderNeo4jConf(7687, 2 * GB).split('\n')).toContain(`server.memory.pagecache.size=${expected}`);
    expect(expected).not.toBe('128m');
    process.env['QUANZE_NEO4J_PAGECACHE'] = '256m';
    try {
      expect(renderNeo4jConf(7687, 2 * GB).split('\n')).toContain('server.memory.pagecache.size=256m');
    } finally {
      delete process.env['QUANZE_NEO4J_PAGECACHE'];
    }
  });

  it('measures the store under data/databases, and nothing where there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quanze-store-'));
    try {
      expect(bytesUnder(join(dir, 'missing'))).toBe(0);
      mkdirSync(join(dir, 'databases', 'neo4j'), { recursive: true });
      writeFileSync(join(dir, 'databases', 'neo4j', 'neostore'), Buffer.alloc(3000));
      writeFileSync(join(dir, 'databases', 'top'), Buffer.alloc(1000));
      expect(bytesUnder(join(dir, 'databases'))).toBe(4000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
