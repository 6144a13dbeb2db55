import { CommanderError } from 'commander';

import { ConfigError } from '../config';
import { CliError, EXIT } from './exit-codes';
import { buildProgram } from './program';

/**
 * The `quanze` command's entry: parses the arguments and sets the exit status. Only the command
 * runs this module; the program itself (commands, options, help) is in program.ts, which tests import.
 */
async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`意外错误 / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}

void main(process.argv);
