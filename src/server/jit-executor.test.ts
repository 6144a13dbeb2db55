import { parse } from 'graphql';

import { fieldCount, hasStringLiteral } from './jit-executor';

describe('fieldCount', () => {
  const doc = parse(`
    query A { overlaps(first: 5) { totalCount edges { node { ...O } } } }
    query B { organization(id: "x") { id ... on Organization { name } } }
    fragment O on Overlap { id kind organizations { ...Org } powers { id } }
    fragment Org on Organization { id name }
  `);

  it('counts the fields of the named operation with its fragments expanded', () => {
    // overlaps totalCount edges node | id kind organizations (id name) powers (id)
    expect(fieldCount(doc, 'A', 100)).toBe(11);
    // organization id name (inside an inline fragment)
    expect(fieldCount(doc, 'B', 100)).toBe(3);
  });

  it('counts a fragment each time it is spread', () => {
    const twice = parse(
      'query { a: organization(id: "x") { ...F } b: organization(id: "y") { ...F } } fragment F on Organization { id name }',
    );
    expect(fieldCount(twice, undefined, 100)).toBe(6);
  });

  it('stops counting past the limit', () => {
    expect(fieldCount(doc, 'A', 3)).toBe(4);
  });

  it('counts nothing for an operation the document does not have', () => {
    expect(fieldCount(doc, 'C', 100)).toBe(0);
  });
});

describe('hasStringLiteral', () => {
  it('finds a string in an argument, a nested input, a default value or a block string', () => {
    expect(hasStringLiteral(parse('{ search(text: "x") { id } }'))).toBe(true);
    expect(hasStringLiteral(parse('{ overlaps(filter: { divisionCode: "1" }) { totalCount } }'))).toBe(true);
    expect(hasStringLiteral(parse('query($t: String = "x") { search(text: $t) { id } }'))).toBe(true);
    expect(hasStringLiteral(parse('{ search(text: """x""") { id } }'))).toBe(true);
  });

  it('finds none where strings come in variables', () => {
    expect(hasStringLiteral(parse('query($t: String!) { search(text: $t, first: 5) { id } }'))).toBe(false);
    expect(hasStringLiteral(parse('{ overlaps(first: 5, filter: { kinds: [SAME_POWER] }) { totalCount } }'))).toBe(
      false,
    );
  });
});
