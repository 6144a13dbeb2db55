import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { PowerBuilder } from '../support/power-builders';

let app: TestApp;
let build: PowerBuilder;
const prefix = uniquePrefix('法律');

beforeAll(async () => {
  app = await startTestApp();
  build = new PowerBuilder(app, prefix);
  await build.laws([
    {
      key: 'food',
      name: '食品安全法',
      versions: [
        { key: 'food2015', publishDate: '2015-04-24', expired: true, provisions: [{ article: 122, text: '旧文' }] },
        // listed out of publish order on purpose: versions come back ordered by publish date
        {
          key: 'food2021',
          publishDate: '2021-04-29',
          effectiveDate: '2021-04-29',
          provisions: [{ article: 122, paragraph: 1, text: '第一款' }],
        },
        { key: 'food2018', publishDate: '2018-12-29', expired: true },
      ],
    },
    {
      key: 'gone',
      name: '已废止条例',
      level: 'ADMIN_REGULATION',
      versions: [
        { key: 'gone1', publishDate: '2001-01-01', expired: true, provisions: [{ article: 10, articleSuffix: 1 }] },
      ],
    },
  ]);
});

afterAll(async () => {
  await app.close();
});

const LAW = `query($id: ID!) { node(id: $id) { id __typename ... on LegalDocument {
  name level
  versions { catalogId publishDate effectiveDate expired current law { name } }
  currentVersion { catalogId }
} } }`;

const PROVISION = `query($id: ID!) { node(id: $id) { id __typename ... on Provision {
  article articleSuffix paragraph item text
  law { id name }
  version { catalogId current expired }
} } }`;

describe('LegalDocument', () => {
  it('lists its versions by publish date and marks the latest one not expired as current', async () => {
    const id = toGlobalId('LegalDocument', build.lawId('food'));
    const res = await gql<{ node: Record<string, unknown> }>(app, LAW, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({
      id,
      __typename: 'LegalDocument',
      name: `${prefix}食品安全法`,
      level: 'LAW',
      versions: [
        {
          catalogId: build.versionId('food2015'),
          publishDate: '2015-04-24',
          effectiveDate: '2015-04-24',
          expired: true,
          current: false,
          law: { name: `${prefix}食品安全法` },
        },
        {
          catalogId: build.versionId('food2018'),
          publishDate: '2018-12-29',
          effectiveDate: '2018-12-29',
          expired: true,
          current: false,
          law: { name: `${prefix}食品安全法` },
        },
        {
          catalogId: build.versionId('food2021'),
          publishDate: '2021-04-29',
          effectiveDate: '2021-04-29',
          expired: false,
          current: true,
          law: { name: `${prefix}食品安全法` },
        },
      ],
      currentVersion: { catalogId: build.versionId('food2021') },
    });
  });

  it('has no current version once repealed', async () => {
    const res = await gql<{ node: { currentVersion: unknown; versions: { current: boolean }[]; level: string } }>(
      app,
      LAW,
      {
        id: toGlobalId('LegalDocument', build.lawId('gone')),
      },
    );
    expect(res.data!.node).toMatchObject({
      level: 'ADMIN_REGULATION',
      currentVersion: null,
      versions: [{ current: false }],
    });
  });
});

describe('Provision', () => {
  it('resolves by its global id with its law and version', async () => {
    const id = toGlobalId('Provision', build.provisionId('food2021', { article: 122, paragraph: 1 }));
    const res = await gql<{ node: Record<string, unknown> }>(app, PROVISION, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({
      id,
      __typename: 'Provision',
      article: 122,
      articleSuffix: null,
      paragraph: 1,
      item: null,
      text: '第一款',
      law: { id: toGlobalId('LegalDocument', build.lawId('food')), name: `${prefix}食品安全法` },
      version: { catalogId: build.versionId('food2021'), current: true, expired: false },
    });
  });

  it('keeps the suffix of an inserted article (第十条之一)', async () => {
    const id = toGlobalId('Provision', build.provisionId('gone1', { article: 10, articleSuffix: 1 }));
    const res = await gql<{ node: Record<string, unknown> }>(app, PROVISION, { id });
    expect(res.data!.node).toMatchObject({ article: 10, articleSuffix: 1, text: null, version: { current: false } });
  });

  it('gives null for unknown law and provision ids and BAD_USER_INPUT for malformed ones', async () => {
    for (const id of [toGlobalId('LegalDocument', `${prefix}-nothing`), toGlobalId('Provision', `${prefix}-v#1`)]) {
      const res = await gql<{ node: null }>(app, LAW, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
    const malformed = await gql(app, PROVISION, { id: Buffer.from('Provision:').toString('base64url') });
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
