import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';

/** Listens, and on SIGTERM or SIGINT closes the server and the driver, then exits. 监听直至收到停止信号。 */
export async function listenUntilStopped(
  http: FastifyInstance,
  driver: Driver,
  address: { host: string; port: number },
): Promise<void> {
  await http.listen(address);
  const stop = (): void => {
    http.close().then(() => driver.close()).then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Runs a server's main; a failure goes to stderr with exit status 1, which bench/run.ts reports. */
export function runServer(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
