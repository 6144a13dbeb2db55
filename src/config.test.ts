import { ConfigError, DEFAULT_NEO4J_URI, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives local defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: DEFAULT_NEO4J_URI,
      uriConfigured: false,
      user: 'neo4j',
      password: 'neo4j',
      database: 'neo4j',
    });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, nodeEnv: 'development', logLevel: 'info' });
  });

  it('marks a given NEO4J_URI as configured so the local database is not started', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }).neo4j).toMatchObject({
      uri: 'neo4j://db.example:7687',
      uriConfigured: true,
    });
  });

  it('reports every problem at once, naming each variable and value', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://x', PORT: 'eighty', NODE_ENV: 'staging', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split('=')[0])).toEqual(['NEO4J_URI', 'PORT', 'NODE_ENV', 'LOG_LEVEL']);
    expect(problems[1]).toContain('"eighty"');
  });
});
