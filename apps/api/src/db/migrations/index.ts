import { Foundation1732300000000 } from './1732300000000-foundation.js';
import { Members1732400000000 } from './1732400000000-members.js';
import { Scale1732500000000 } from './1732500000000-scale.js';
import { AdmissionDates1732600000000 } from './1732600000000-admission-dates.js';

/** Every migration, in order. Registered explicitly: globs of .ts files do not load under vitest. */
export const migrations = [
  Foundation1732300000000,
  Members1732400000000,
  Scale1732500000000,
  AdmissionDates1732600000000,
];
