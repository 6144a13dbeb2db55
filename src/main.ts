import { exitOnStartFailure, runService } from './server/run';

/** Process entry of the compiled service (`node dist/src/main.js`). 进程入口。 */
runService().catch(exitOnStartFailure);
