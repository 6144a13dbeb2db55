import type { Command } from 'commander';

import { buildProgram } from './program';

const CJK = /[\u4e00-\u9fff]/u;

function commandsOf(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(commandsOf)];
}

describe('quanze --help', () => {
  const program = buildProgram();

  it.each(commandsOf(program).map((c) => [c.name(), c] as const))('%s: every heading, option, argument and command is in Chinese too', (_name, cmd) => {
    const help = cmd.createHelp();
    const texts = [
      cmd.description(),
      ...help.visibleOptions(cmd).map((o) => `${o.flags}: ${help.optionDescription(o)}`),
      ...help.visibleArguments(cmd).map((a) => `${a.name()}: ${help.argumentDescription(a)}`),
      ...help.visibleCommands(cmd).map((c) => `${c.name()}: ${help.subcommandDescription(c)}`),
    ];
    expect(texts.filter((t) => !CJK.test(t))).toEqual([]);
    const titles = cmd
      .helpInformation()
      .split('\n')
      .filter((line) => /^\S.*:$|^\S.*:\s/u.test(line) && /^(?:[^:]*\s)?(?:Usage|Options|Commands|Arguments):/u.test(line));
    expect(titles.filter((t) => !CJK.test(t))).toEqual([]);
  });
});
