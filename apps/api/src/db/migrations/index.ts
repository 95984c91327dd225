import { features } from '../../features/index.js';

/** The timestamp a migration's name ends with. */
const stamp = (m: new () => unknown) => Number(m.name.match(/(\d+)$/)?.[1] ?? 0);

/** Every feature's migrations, in the order of their timestamps (features/index.ts registers them). */
export const migrations = features.flatMap((f) => f.migrations).sort((a, b) => stamp(a) - stamp(b));
