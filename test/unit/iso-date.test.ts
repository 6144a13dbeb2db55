import { isoDate } from '../../web/src/iso-date';

describe('isoDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isoDate('2026-12-01')).toBe('2026-12-01');
    expect(isoDate(' 2024-02-29 ')).toBe('2024-02-29');
  });

  it.each(['12/01/2026', '2026-12-1', '2026-13-01', '2025-02-29', '2026-04-31', '20261201', ''])(
    'refuses %p',
    (text) => {
      expect(isoDate(text)).toBeNull();
    },
  );
});
