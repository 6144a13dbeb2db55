import { changeSetHash, firstBreak, type ChangeSetContent } from './change-set-hash';

function chain(n: number): (ChangeSetContent & { hash: string })[] {
  const out: (ChangeSetContent & { hash: string })[] = [];
  let prevHash = '';
  for (let seq = 1; seq <= n; seq += 1) {
    const c = {
      id: `cs-${seq}`,
      seq,
      at: '2025-01-01T00:00:00.000Z',
      actor: 'a',
      reason: 'r',
      kind: 'IMPORT',
      summary: '{}',
      prevHash,
    };
    const hash = changeSetHash(c);
    out.push({ ...c, hash });
    prevHash = hash;
  }
  return out;
}

describe('the change-set hash chain', () => {
  it('checks out when untouched', () => {
    const c = chain(3);
    expect(firstBreak(c, { seq: 3, hash: c[2]!.hash })).toBeNull();
  });

  it('reports the first altered record', () => {
    const c = chain(4);
    c[1] = { ...c[1]!, reason: 'changed' };
    c[2] = { ...c[2]!, summary: '{"x":1}' };
    expect(firstBreak(c, { seq: 4, hash: c[3]!.hash })).toMatchObject({ seq: 2, id: 'cs-2' });
  });

  it('reports a missing record in the middle and at the end', () => {
    const c = chain(4);
    expect(firstBreak([c[0]!, c[2]!, c[3]!], { seq: 4, hash: c[3]!.hash })).toMatchObject({ seq: 2 });
    expect(firstBreak(c.slice(0, 3), { seq: 4, hash: c[3]!.hash })).toMatchObject({ seq: 4, id: null });
  });
});
