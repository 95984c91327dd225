import type { Rng } from '../demo/random.js';

/** Hostile and ordinary strings a client might send. */
export const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  "x'; DROP TABLE member; --",
  '" OR 1=1 --',
  '%',
  '_',
  '\\',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile string, sent as it is
  '${jndi:ldap://x}',
  'Nguyễn Văn Ánh',
  'thuong lam',
  '\uD800',
  '\uFFFF',
  '🙂🙂🙂',
  'ＡＢＣ',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '2025-02-30',
  '9999999-01-01',
  '0000-00-00',
  '2024-02-29',
  '1970-01-01T00:00:00Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'LB',
  'LB-LC',
  'NH-NH-01',
  'dv_invalidtoken',
] as const;

export const NASTY_NUMBERS = [0, -1, 1, 2, 50, 199, 200, 201, 2147483647, 2147483648, -2147483649, 1.5, 1e21] as const;

export const BAD_DATES = ['2025-02-30', '9999999-01-01', 'abc', '2024-13-01', '', '20240101', '2024-1-1'] as const;

/** A string: mostly from the hostile list, sometimes long or random. */
export function fuzzString(r: Rng): string {
  const kind = r.int(0, 9);
  if (kind < 6) return r.pick(NASTY_STRINGS);
  if (kind === 6) return 'x'.repeat(r.pick([256, 1025, 10_000, 100_000]));
  if (kind === 7) return Array.from({ length: r.int(1, 40) }, () => String.fromCharCode(r.int(0, 0x2fff))).join('');
  if (kind === 8) return r.pick(BAD_DATES);
  return `${r.pick(['LB', 'NH', 'T', 'LB-LC', 'LB-TL'])}-${r.int(0, 30).toString().padStart(2, '0')}`;
}

export function randomUuid(r: Rng): string {
  const hex = () => r.int(0, 15).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

/** A value of the wrong JSON type, for any input. */
export function wrongType(r: Rng): unknown {
  return r.pick([null, true, 42, -1.5, 'x', [], [1, 'a'], {}, { a: { b: [null] } }]);
}

/** Ids seen in answers, to reach records beyond "not found". */
export class IdPool {
  private readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly protectedIds: Set<string>) {}

  /** Collects every `id` (and `…Id`) string in a JSON answer. */
  collect(value: unknown, depth = 0): void {
    if (depth > 12 || this.ids.length > 5000) return;
    if (Array.isArray(value)) for (const v of value) this.collect(v, depth + 1);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if ((k === 'id' || k.endsWith('Id')) && typeof v === 'string') this.add(v);
        else this.collect(v, depth + 1);
      }
  }

  private add(id: string): void {
    if (this.seen.has(id) || this.protectedIds.has(id)) return;
    this.seen.add(id);
    this.ids.push(id);
  }

  pick(r: Rng): string {
    return this.ids.length && r.chance(0.7) ? r.pick(this.ids) : r.chance(0.5) ? randomUuid(r) : fuzzString(r);
  }
}
