import type { CitationModel, CitationRoleValue } from './power.model';

const ROLES: readonly CitationRoleValue[] = ['IMPLEMENTING', 'RESPONSIBILITY'];

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/**
 * Reads `Power.citations` (a JSON string written by the importer) into citations, keeping the
 * stored order: the importer writes them in source order, both roles together. Entries without
 * text are dropped rather than failing the whole row.
 */
export function parseCitations(json: string | null): CitationModel[] {
  if (json === null || json === '') return [];
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown, index): CitationModel[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const c = entry as Record<string, unknown>;
    const text = str(c['text']);
    if (text === null) return [];
    const role = ROLES.find((r) => r === c['role']) ?? 'IMPLEMENTING';
    return [
      {
        order: int(c['order']) ?? index,
        role,
        text,
        levelTag: str(c['levelTag']),
        level: str(c['level']),
        lawName: str(c['lawName']),
        article: int(c['article']),
        paragraph: int(c['paragraph']),
        item: int(c['item']),
        provisionId: str(c['provisionId']),
        unresolvedCode: str(c['unresolvedCode']),
        unresolvedReason: str(c['unresolvedReason']),
      },
    ];
  });
}
