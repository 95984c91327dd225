import DataLoader from 'dataloader';
import { requireUser } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { addDays } from '../../graphql/dates.js';
import { FieldErrors, notFound } from '../../graphql/errors.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { HOLIDAY_AUDIT_FIELDS, PublicHoliday, type SetPublicHolidayInput } from './holiday.entity.js';
import { addWorkingDays, calendarSpan, type WorkingCalendar } from './holiday.rules.js';

const HOLIDAY = { vi: 'ngày nghỉ', en: 'Holiday' };
/** The years a calendar can be asked for. */
const YEARS = { from: 1900, to: 2200 };

/** The days of a year in the calendar, in order. */
export function listHolidays(ctx: Context, year: number): Promise<PublicHoliday[]> {
  requireUser(ctx);
  const errors = new FieldErrors();
  errors.check(Number.isInteger(year) && year >= YEARS.from && year <= YEARS.to, 'year', 'yearRange', YEARS);
  errors.throwIfAny();
  return db(ctx)
    .getRepository(PublicHoliday)
    .createQueryBuilder('h')
    .where('h.day >= :from AND h.day < :to', { from: `${year}-01-01`, to: `${year + 1}-01-01` })
    .orderBy('h.day')
    .getMany();
}

/** The calendar of one year, loaded once per request (inside the request's transaction when there is one). */
function yearCalendar(ctx: Context, year: number): Promise<Map<string, boolean>> {
  const l = loader(
    ctx,
    'holidayYears',
    () =>
      new DataLoader<number, Map<string, boolean>>(async (years) => {
        const rows: { day: string; day_off: boolean }[] = await db(ctx).query(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, day_off FROM public_holiday
            WHERE day >= make_date($1::int, 1, 1) AND day < make_date($2::int + 1, 1, 1)`,
          [Math.min(...years), Math.max(...years)],
        );
        return years.map((y) => new Map(rows.filter((r) => r.day.startsWith(`${y}-`)).map((r) => [r.day, r.day_off])));
      }),
  );
  return l.load(year);
}

/** The calendar covering `from` to `to`. */
export async function calendarBetween(ctx: Context, from: string, to: string): Promise<WorkingCalendar> {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  const maps = await Promise.all(years.map((y) => yearCalendar(ctx, y)));
  return new Map(maps.flatMap((m) => [...m]));
}

/** The n-th working day after a date, by the holiday calendar (30 working days: ceremony, recognition, transfer letter). */
export async function workingDaysAfter(ctx: Context, date: string, n: number): Promise<string> {
  return addWorkingDays(date, n, await calendarBetween(ctx, date, addDays(date, calendarSpan(n))));
}

export function setHoliday(ctx: Context, input: SetPublicHolidayInput): Promise<PublicHoliday> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const name = input.name.trim();
    const errors = new FieldErrors();
    errors.check(name.length > 0, 'name', 'required');
    errors.check(name.length <= 120, 'name', 'tooLong', { max: 120 });
    errors.throwIfAny();
    const repo = db(ctx).getRepository(PublicHoliday);
    const before = await repo.findOne({ where: { on: input.on }, lock: { mode: 'pessimistic_write' } });
    const values = { on: input.on, name, dayOff: input.dayOff, generated: false };
    let id = before?.id;
    if (before) await repo.update({ id: before.id }, values);
    else id = (await repo.insert(values)).identifiers[0].id as string;
    await audit(ctx, {
      action: 'setPublicHoliday',
      entityType: 'PublicHoliday',
      entityId: id!,
      changes: diff(before ? { ...before } : null, values, HOLIDAY_AUDIT_FIELDS),
      scopePath: null,
    });
    return (await repo.findOneBy({ id }))!;
  });
}

/** Removes a day from the calendar: it becomes an ordinary weekday or weekend day again. */
export function removeHoliday(ctx: Context, on: string): Promise<boolean> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const repo = db(ctx).getRepository(PublicHoliday);
    const before = await repo.findOne({ where: { on }, lock: { mode: 'pessimistic_write' } });
    if (!before) throw notFound(HOLIDAY);
    await repo.delete({ id: before.id });
    await audit(ctx, {
      action: 'removePublicHoliday',
      entityType: 'PublicHoliday',
      entityId: before.id,
      changes: diff({ ...before }, null, HOLIDAY_AUDIT_FIELDS),
      scopePath: null,
    });
    return true;
  });
}
