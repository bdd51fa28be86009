import { describe, expect, it } from 'vitest';
import { standingAmong, standings } from '@/data/derive/standing';
import { standingText } from '@/lib/standing-text';

const map = (entries: [string, number | null][]) => new Map(entries);

describe('standings', () => {
  it('give a clear place where a value stands alone', () => {
    const s = standings(
      map([
        ['a', 30],
        ['b', 20],
        ['c', 10],
      ]),
    );
    expect(s.get('b')).toEqual({ rank: 2, tiedWith: 1, of: 3, value: 20 });
    expect(standingText(s.get('b')!, 'province', 'zh')).toBe('全省第 2/3');
    expect(standingText(s.get('b')!, 'province', 'en')).toBe('#2 of 3 in the province');
  });

  it('share a place among a four-way tie, and say so', () => {
    const s = standings(
      map([
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 1],
        ['e', 0],
        ['f', 0],
        ['g', 0],
        ['h', 0],
        ['i', 0],
      ]),
    );
    expect(s.get('c')).toMatchObject({ rank: 1, tiedWith: 4, of: 9 });
    expect(standingText(s.get('c')!, 'province', 'zh')).toBe('全省并列第 1/9（4 所）');
    expect(standingText(s.get('c')!, 'peers', 'en')).toBe('joint #1 of 9 peers (4 schools)');
  });

  it('say "26 所为 0" instead of a rank when most schools share the value', () => {
    const entries: [string, number | null][] = [
      ['x', 3],
      ['y', 1],
      ...Array.from({ length: 26 }, (_, i) => [`z${i}`, 0] as [string, number]),
    ];
    const s = standings(map(entries));
    expect(s.get('z0')).toMatchObject({ rank: 3, tiedWith: 26, of: 28 });
    expect(standingText(s.get('z0')!, 'province', 'zh')).toBe('全省26 所为 0（共 28 所）');
    expect(standingText(s.get('z0')!, 'province', 'en')).toBe('26 of 28 in the province at 0');
  });

  it('leave a not-reported school out: no rank, and not counted among the ranked', () => {
    const s = standings(
      map([
        ['a', 5],
        ['b', null],
        ['c', 3],
      ]),
    );
    expect(s.has('b')).toBe(false);
    expect(s.get('c')).toMatchObject({ rank: 2, of: 2 });
  });

  it('rank a value after a tie by the count above it', () => {
    const s = standings(
      map([
        ['a', 9],
        ['b', 9],
        ['c', 5],
      ]),
    );
    expect(s.get('c')).toMatchObject({ rank: 3, tiedWith: 1 });
  });
});

describe('a standing among others', () => {
  it('is there only when at least two values are reported', () => {
    expect(standingAmong(new Map([['a', 5]]), 'a')).toBeNull();
    expect(
      standingAmong(
        new Map([
          ['a', 5],
          ['b', null],
        ]),
        'a',
      ),
    ).toBeNull();
    expect(
      standingAmong(
        new Map([
          ['a', 5],
          ['b', 7],
        ]),
        'a',
      ),
    ).toEqual({ rank: 2, tiedWith: 1, of: 2, value: 5 });
    expect(
      standingAmong(
        new Map([
          ['a', null],
          ['b', 7],
          ['c', 3],
        ]),
        'a',
      ),
    ).toBeNull();
  });
});
