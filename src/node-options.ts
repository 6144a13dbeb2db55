import { loadConfig } from './config';
import { NODE_PROFILE_OPTIONS } from './server/node-flags';
import { chooseNodeProfile } from './server/node-profile';

/**
 * Prints the node options to start the service with, for a shell to put before the entry:
 * `node $(node dist/src/node-options.js) dist/src/main.js` (the Dockerfile's CMD). The choice and
 * its reason go to stderr. Whatever fails here, it prints the `throughput` options and leaves the
 * failure to the service, which reports it in full (an invalid configuration, say).
 * 输出启动服务所用的 node 参数。
 */
async function main(): Promise<void> {
  const choice = await chooseNodeProfile(loadConfig());
  process.stderr.write(`${choice.reason}\n`);
  process.stdout.write(`${choice.options.join(' ')}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`node 参数 / node options: throughput (${message})\n`);
  process.stdout.write(`${NODE_PROFILE_OPTIONS.throughput.join(' ')}\n`);
});
