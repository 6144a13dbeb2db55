/**
 * The first day a power list applies: --valid-from, else 1 January of the year its title or file
 * name gives ("2024年…清单" -> 2024-01-01), else today with a warning (IMPORT.md "Who and when").
 */
import { today } from '../../shared/dates';
import type { ImportProblem } from '../types';
import type { DateSource, ListClues } from './list-owner';

export interface ListDate {
  date: string;
  from: DateSource;
  problems(file: string, sheet: string): ImportProblem[];
}

export function listValidFrom(option: string | undefined, clues: ListClues): ListDate {
  if (option !== undefined) return { date: option, from: 'option', problems: () => [] };
  if (clues.year) return { date: `${clues.year.year}-01-01`, from: clues.year.from, problems: () => [] };
  const date = today();
  return {
    date,
    from: 'today',
    problems: (file, sheet) => [
      {
        file,
        sheet,
        row: 0,
        severity: 'warning',
        message: `标题行和文件名中都没有年份，清单按今天（${date}）起算；如不对，请用 --valid-from 指定`,
        messageEn: `neither the title row nor the file name gives a year: the list applies from today (${date}); give --valid-from if that is wrong`,
      },
    ],
  };
}
