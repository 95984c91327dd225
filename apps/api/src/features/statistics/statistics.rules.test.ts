import { describe, expect, it } from 'vitest';
import { addDays, addYears, fullYears } from '../../graphql/dates.js';
import { bandCounts, bandEdges, bornAfter, share } from './statistics.rules.js';

describe('statistics rules', () => {
  it('AGE_BANDS: the edges are the day less age + 1 years, 29 February falling back to the 28th', () => {
    expect(bornAfter('2025-06-15', 30)).toBe('1994-06-15');
    expect(bandEdges('2025-06-15')).toEqual(['1994-06-15', '1984-06-15', '1974-06-15', '1964-06-15']);
    expect(bornAfter('2024-02-29', 30)).toBe('1993-02-28');
    expect(bornAfter('2024-02-29', 39)).toBe('1984-02-29');
    expect(bornAfter('2025-03-01', 30)).toBe('1994-03-01');
    // born on 29 February: 31 full years on 28 February 2031 (fullYears), so past the band up to 30
    expect(fullYears('2000-02-29', '2031-02-28')).toBe(31);
    expect(bornAfter('2031-02-28', 30)).toBe('2000-02-29');
    expect(bornAfter('2031-03-01', 30)).toBe('2000-03-01');
  });

  it('AGE_BANDS: a member is in the band up to `age` exactly when born after its edge, as fullYears counts', () => {
    for (const on of ['2031-02-28', '2032-02-29', '2025-04-30', '2025-12-31', '2025-06-15'])
      for (let d = 0; d < 800; d++) {
        const born = addDays(addYears(on, -31), d - 400);
        expect(born > bornAfter(on, 30), `${born} on ${on}`).toBe(fullYears(born, on) <= 30);
      }
  });

  it('AGE_BANDS: counts per band from the cumulative counts, the last band what remains', () => {
    expect(bandCounts(10, [1, 3, 6, 6])).toEqual([
      { key: 'UP_TO_30', count: 1 },
      { key: 'FROM_31_TO_40', count: 2 },
      { key: 'FROM_41_TO_50', count: 3 },
      { key: 'FROM_51_TO_60', count: 0 },
      { key: 'OVER_60', count: 4 },
    ]);
    expect(bandCounts(0, [0, 0, 0, 0]).every((b) => b.count === 0)).toBe(true);
  });

  it('shares are 0 with no members, else the fraction', () => {
    expect(share(0, 0)).toBe(0);
    expect(share(2, 5)).toBe(0.4);
    expect(share(5, 5)).toBe(1);
  });
});
