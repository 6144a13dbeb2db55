import { createApp } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { runningNodeProfile } from './node-flags';

/** config -> app -> listen -> graceful shutdown on SIGINT/SIGTERM (drain HTTP, close the driver). */
export async function runService(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const started = Date.now();
  const app = await createApp({ config, logger });
  await app.http.listen({ host: config.host, port: config.port });
  logger.info(
    {
      url: `http://${config.host}:${config.port}/graphql`,
      startMs: Date.now() - started,
      // Which of node-flags.ts's profiles this process was started with (null: neither, as in development).
      nodeProfile: runningNodeProfile(),
    },
    `Quanze 已启动 / listening on http://${config.host}:${config.port}/graphql`,
  );

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, '正在停止 / shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

export function exitOnStartFailure(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`启动失败 / failed to start: ${message}\n`);
  process.exit(1);
}
