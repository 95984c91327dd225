/** A small seeded PRNG (mulberry32): the demo data is the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    /** A value drawn by weight: [[value, weight], …]. */
    weighted: <T>(table: readonly (readonly [T, number])[]) => {
      const total = table.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of table) {
        r -= w;
        if (r < 0) return v;
      }
      return table[table.length - 1][0];
    },
  };
}
export type Rng = ReturnType<typeof rng>;

/** A date between two dates (inclusive), YYYY-MM-DD. */
export function dateBetween(r: Rng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(r.next() * ((b - a) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
}
