import { deltat, moonphase } from 'astronomia';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../graphql/dates.js';
import { GENERATED_YEARS, generatedCalendar, generateHolidays, lunarNewYear } from './holiday.generate.js';
import { addWorkingDays, isWorkingDay } from './holiday.rules.js';

/** The civil date, at a UTC offset, of the new moon nearest a date (astronomia's Meeus algorithm, independent of date-holidays' calendar tables). */
function newMoonDate(near: string, offsetHours: number): string {
  const [y, m, d] = near.split('-').map(Number);
  const year = y + (m - 1) / 12 + d / 365.25;
  const jde = moonphase.newMoon(year);
  const jd = jde - deltat.deltaT(year) / 86_400;
  return new Date((jd - 2_440_587.5) * 86_400_000 + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

describe('Tết by the Vietnamese lunar calendar (UTC+7)', () => {
  it('falls on the day of a new moon in Vietnam, between 21/1 and 20/2, every generated year', () => {
    for (let y = GENERATED_YEARS.from; y <= GENERATED_YEARS.to; y++) {
      const tet = lunarNewYear(y);
      expect(newMoonDate(tet, 7), `Tết ${y}`).toBe(tet);
      expect(tet >= `${y}-01-21` && tet <= `${y}-02-20`, `Tết ${y}`).toBe(true);
    }
  });
  it('follows Vietnam where the Chinese new year differs (1968, 1985, 2007, 2030)', () => {
    // published Vietnamese dates; the Chinese new year was 30/1/1968, 20/2/1985, 18/2/2007 and is 3/2/2030
    expect(lunarNewYear(1968)).toBe('1968-01-29');
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    // the new moon of 2007 and 2030 falls before midnight in Hanoi and after it in Beijing
    expect(newMoonDate('2007-02-17', 8)).toBe('2007-02-18');
    expect(newMoonDate('2030-02-02', 8)).toBe('2030-02-03');
  });
  it('matches the recent years as the government announced them', () => {
    expect(lunarNewYear(2024)).toBe('2024-02-10');
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(lunarNewYear(2026)).toBe('2026-02-17');
  });
});

describe('the generated public holidays (Bộ luật Lao động 2019, Điều 112)', () => {
  it('gives Tết five days, Hùng Kings, 30/4, 1/5, 2/9 with its neighbour, and days in lieu of weekend holidays', () => {
    const days = generateHolidays(2026).map((h) => h.on);
    expect(days).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27', // Hùng Kings' day is a Sunday: Monday in lieu
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });
  it('keeps the law of the year: no Hùng Kings before 2007, four Tết days before 2013, one 2/9 day before 2021', () => {
    const names = (y: number) => generateHolidays(y).map((h) => h.name);
    expect(names(2006).some((n) => n.includes('Hùng'))).toBe(false);
    expect(names(2007).some((n) => n.includes('Hùng'))).toBe(true);
    expect(names(2012).filter((n) => n.startsWith('Tết Nguyên đán'))).toHaveLength(4);
    expect(names(2013).filter((n) => n.startsWith('Tết Nguyên đán'))).toHaveLength(5);
    expect(names(2020).filter((n) => n.startsWith('Quốc khánh'))).toHaveLength(1);
    expect(names(2021).filter((n) => n.startsWith('Quốc khánh'))).toHaveLength(2);
  });
});

describe('working days', () => {
  const cal = generatedCalendar(2025, 2026);
  it('skips weekends and holidays; a weekend day worked in exchange counts', () => {
    expect(isWorkingDay('2025-01-27', cal)).toBe(true); // Monday before Tết
    expect(isWorkingDay('2025-01-28', cal)).toBe(false); // 30 Tết
    expect(isWorkingDay('2025-02-03', cal)).toBe(false); // in lieu of Saturday mùng 4
    expect(isWorkingDay('2025-02-08', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2025-02-08', new Map([['2025-02-08', false]]))).toBe(true);
  });
  it('puts the 30th working day after a decision before Tết 2026 past the holiday: 30th allowed, 31st late', () => {
    // decision Friday 9/1/2026; working days 12/1–13/2 are 25, Tết takes 16/2–20/2, so the 30th is Friday 27/2
    expect(addWorkingDays('2026-01-09', 30, cal)).toBe('2026-02-27');
    expect(addWorkingDays('2026-01-09', 31, cal)).toBe('2026-03-02');
    // counted Monday to Friday only, the 30th would fall in the middle of Tết
    expect(addWorkingDays('2026-01-09', 30, new Map())).toBe('2026-02-20');
  });
  it('counts a Saturday worked in exchange', () => {
    const moved = new Map(cal).set('2026-02-21', false);
    expect(addWorkingDays('2026-01-09', 30, moved)).toBe('2026-02-26');
    expect(addDays('2026-02-21', 0)).toBe('2026-02-21');
  });
  it('answers as counting isWorkingDay day by day, before 1970 too, whatever n', () => {
    const calendar = generatedCalendar(1965, 1967);
    const byDays = (date: string, n: number, c: typeof cal) => {
      let d = date;
      for (let left = n; left > 0; ) {
        d = addDays(d, 1);
        if (isWorkingDay(d, c)) left--;
      }
      return d;
    };
    for (const [c, from] of [
      [calendar, '1965-01-01'],
      [cal, '2025-01-01'],
    ] as const)
      for (let i = 0; i < 700; i += 3) {
        const date = addDays(from, i);
        for (const n of [1, 5, 30]) expect(addWorkingDays(date, n, c), `${date} + ${n}`).toBe(byDays(date, n, c));
      }
  });
});
