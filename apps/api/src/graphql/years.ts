import type { FieldErrors } from './errors.js';
import { today } from './scalars.js';

/** The first year a record or a report can be about: the Party's founding (3 February 1930). */
export const FIRST_YEAR = 1930;

/** A year that may be rated, summarised or reported on: from 1930 to the current year (`now`'s). */
export function checkYear(errors: FieldErrors, year: number, field = 'year', now = today()): void {
  const last = Number(now.slice(0, 4));
  errors.check(Number.isInteger(year) && year >= FIRST_YEAR && year <= last, field, 'yearRange', {
    from: FIRST_YEAR,
    to: last,
  });
}
