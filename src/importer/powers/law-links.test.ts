import { buildLawCatalog, lawIdOf } from '../../domain/laws/catalog';
import type { CatalogEntry } from '../../domain/laws/types';
import { resolveRowCitations } from '../../domain/citations/row-citations';
import { lawLinksOfStored } from './law-links';

const row = (id: string, name: string, publish: string): CatalogEntry => ({
  id,
  level: '法律',
  name,
  subtitle: '',
  publish,
  validFrom: null,
  expired: false,
  ver: 1,
  folder: '法律',
});

const catalog = buildLawCatalog([row('xk2019', '行政许可法', '2019-04-23')], new Map());

describe('CITES_LAW links (issue 13)', () => {
  const cited = resolveRowCitations(
    [
      { role: 'IMPLEMENTING', text: '【法律】《行政许可法》（2003年8月27日通过）第三十条之一' },
      { role: 'RESPONSIBILITY', text: '【法律】《行政许可法》（2003年8月27日通过）第三十四条；【法律】《某某法》第一条' },
    ],
    catalog,
  );

  it('are made by the importer for citations of a catalogued law in a version older than the catalog, and no other', () => {
    expect(cited.lawLinks).toEqual([
      {
        lawId: lawIdOf('行政许可法'),
        role: 'IMPLEMENTING',
        order: 0,
        article: 30,
        articleSuffix: 1,
        citedText: cited.stored[0]!.text,
      },
      {
        lawId: lawIdOf('行政许可法'),
        role: 'RESPONSIBILITY',
        order: 1,
        article: 34,
        articleSuffix: 0,
        citedText: cited.stored[1]!.text,
      },
    ]);
    expect(cited.stored.map((c) => c.unresolvedCode)).toEqual([
      'VERSION_NOT_IN_CATALOG',
      'VERSION_NOT_IN_CATALOG',
      'LAW_NOT_IN_CATALOG',
    ]);
  });

  it('are read back from the stored citations, for rows imported before the links existed', () => {
    // The stored citation has no article suffix (第三十条之一 reads as 第三十条 there, as it always did).
    expect(lawLinksOfStored(JSON.stringify(cited.stored))).toEqual(
      cited.lawLinks.map((link) => ({ ...link, articleSuffix: 0 })),
    );
    expect(lawLinksOfStored('not json')).toEqual([]);
    expect(lawLinksOfStored(null)).toEqual([]);
  });
});
