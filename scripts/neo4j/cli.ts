import { loadConfig } from '../../src/config';
import { ensureNeo4j, neo4jStatus, resetNeo4j, stopNeo4j } from './local-neo4j';

/** `tsx scripts/neo4j/cli.ts start|stop|reset|status` — behind npm run db:start and friends. */

const commands = ['start', 'stop', 'reset', 'status'] as const;
type Command = (typeof commands)[number];

const log = (line: string): void => console.log(`[neo4j] ${line}`);
const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function run(command: Command): Promise<void> {
  const config = loadConfig();
  const began = Date.now();
  switch (command) {
    case 'start': {
      const result = await ensureNeo4j({ uri: config.neo4j.uri, uriConfigured: config.neo4j.uriConfigured, log });
      if (result.started) {
        const [zh, en] =
          result.assembled === true ? ['含组装 jar', 'jars assembled'] : ['复用已组装的 jar', 'jars reused'];
        log(`启动用时 ${seconds(began)}（${zh}）/ Start took ${seconds(began)} (${en})`);
      }
      return;
    }
    case 'stop':
      await stopNeo4j(log);
      log(`用时 / took ${seconds(began)}`);
      return;
    case 'reset':
      await resetNeo4j(log);
      return;
    case 'status': {
      const status = await neo4jStatus(config.neo4j.uri);
      log(`目录 / home: ${status.home}`);
      log(
        `版本 / version: ${status.installedVersion ?? '未组装 / not assembled'} (expected ${status.expectedVersion})`,
      );
      log(`进程 / process: ${status.pid === null ? '未运行 / not running' : `PID ${status.pid}`}`);
      log(
        `Bolt ${status.address}: ${status.bolt === null ? '无应答 / no answer' : `应答 / answers (protocol ${status.bolt})`}`,
      );
      return;
    }
  }
}

function isCommand(value: string | undefined): value is Command {
  return commands.some((command) => command === value);
}

const requested = process.argv[2];
if (!isCommand(requested)) {
  console.error(`用法 / Usage: tsx scripts/neo4j/cli.ts ${commands.join('|')}`);
  process.exitCode = 2;
} else {
  run(requested).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
