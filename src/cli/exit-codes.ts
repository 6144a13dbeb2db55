/** Exit statuses of `quanze` (IMPORT.md). 退出状态。 */
export const EXIT = {
  ok: 0,
  rejected: 1,
  usage: 2,
  databaseUnreachable: 3,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
