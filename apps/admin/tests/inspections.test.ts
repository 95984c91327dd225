import { describe, expect, it } from 'vitest';
import { remedyErrors } from '../src/features/inspections/conclude-dialog';
import { disciplineChoices } from '../src/features/inspections/discipline-forms';
import {
  byMonth,
  matchesPlan,
  monthStatusCounts,
  toInspectionFilter,
  validateInspectionsSearch,
} from '../src/features/inspections/inspections-search';
import { remediesDue } from '../src/features/inspections/inspector-desk';

const official = (holdsPartyPost: boolean | null) => ({
  kind: 'MEMBER' as const,
  status: 'OFFICIAL' as const,
  holdsPartyPost,
});

describe('the forms the discipline dialog offers', () => {
  it('a commune inspection committee: reprimand and warning on a member, nothing on an organisation', () => {
    const member = disciplineChoices('COMMUNE_INSPECTOR', official(true));
    expect(member.offered).toEqual(['REPRIMAND', 'WARNING']);
    expect(member.withheld).toEqual([
      { form: 'DISMISSAL', rule: 'COMMUNE_LIMIT' },
      { form: 'EXPULSION', rule: 'COMMUNE_LIMIT' },
      { form: 'DISSOLUTION', rule: 'FORM_NOT_FOR_SUBJECT' },
    ]);
    const org = disciplineChoices('COMMUNE_INSPECTOR', { kind: 'ORGANIZATION' });
    expect(org.offered).toEqual([]);
    expect(org.withheld.map((w) => w.rule)).toEqual([
      'COMMUNE_LIMIT',
      'COMMUNE_LIMIT',
      'FORM_NOT_FOR_SUBJECT',
      'FORM_NOT_FOR_SUBJECT',
      'COMMUNE_LIMIT',
    ]);
  });

  it('a district inspection committee: expulsion on members only, dissolution on organisations only', () => {
    expect(disciplineChoices('DISTRICT_INSPECTOR', official(true)).offered).toEqual([
      'REPRIMAND',
      'WARNING',
      'DISMISSAL',
      'EXPULSION',
    ]);
    expect(disciplineChoices('DISTRICT_INSPECTOR', { kind: 'ORGANIZATION' }).offered).toEqual([
      'REPRIMAND',
      'WARNING',
      'DISSOLUTION',
    ]);
  });

  it('dismissal only for a member holding a party post (and not while that is looked up)', () => {
    const without = disciplineChoices('DISTRICT_INSPECTOR', official(false));
    expect(without.offered).toEqual(['REPRIMAND', 'WARNING', 'EXPULSION']);
    expect(without.withheld).toContainEqual({ form: 'DISMISSAL', rule: 'NO_PARTY_POST' });
    expect(disciplineChoices('DISTRICT_INSPECTOR', official(null)).withheld).toContainEqual({
      form: 'DISMISSAL',
      rule: 'PARTY_POST_UNKNOWN',
    });
  });

  it('a probationary member is only reprimanded or warned; a former member not at all', () => {
    const probationary = { kind: 'MEMBER' as const, status: 'PROBATIONARY' as const, holdsPartyPost: false };
    expect(disciplineChoices('ADMIN', probationary).offered).toEqual(['REPRIMAND', 'WARNING']);
    expect(disciplineChoices('ADMIN', probationary).withheld).toContainEqual({
      form: 'EXPULSION',
      rule: 'PROBATIONARY_LIMIT',
    });
    const expelled = { kind: 'MEMBER' as const, status: 'EXPELLED' as const, holdsPartyPost: false };
    expect(disciplineChoices('ADMIN', expelled).offered).toEqual([]);
  });
});

describe('the year plan in the URL', () => {
  it('keeps known values and drops the rest', () => {
    expect(
      validateInspectionsSearch({
        year: '2026',
        kinds: 'PARTY_FINANCE,NOPE',
        statuses: ['PLANNED', 'X'],
        subject: 'abc',
        size: '77',
        page: '0',
      }),
    ).toEqual({ year: 2026, kinds: ['PARTY_FINANCE'], statuses: ['PLANNED'], subject: 'abc' });
    expect(validateInspectionsSearch({ year: '1800' })).toEqual({});
  });

  it('is the api filter of the year, the subject organisation as the subtree', () => {
    expect(toInspectionFilter({ q: ' tài chính ', kinds: ['PARTY_FINANCE'], subject: 'o1' }, 2025)).toEqual({
      year: 2025,
      search: 'tài chính',
      kinds: ['PARTY_FINANCE'],
      withinId: 'o1',
    });
  });

  const row = (plannedStartOn: string, status: 'PLANNED' | 'CONCLUDED', title = 'Giám sát chi bộ') =>
    ({ plannedStartOn, status, title, code: 'UBKT-LB-2026-001', kind: 'REGULAR_SUPERVISION' }) as never;

  it('groups by month in the order given and counts month by status', () => {
    const rows = [row('2026-05-02', 'PLANNED'), row('2026-05-20', 'CONCLUDED'), row('2026-03-01', 'PLANNED')];
    expect(byMonth(rows).map((g) => [g.month, g.rows.length])).toEqual([
      ['2026-05', 2],
      ['2026-03', 1],
    ]);
    const counts = monthStatusCounts(rows);
    expect(counts[4]).toEqual({ PLANNED: 1, IN_PROGRESS: 0, CONCLUDED: 1, CANCELLED: 0 });
    expect(counts[2].PLANNED).toBe(1);
    expect(counts[0].PLANNED).toBe(0);
  });

  it("filters a member's inspections as the plan would", () => {
    expect(matchesPlan(row('2026-05-02', 'PLANNED'), { statuses: ['PLANNED'], q: 'chi bo' }, 2026)).toBe(true);
    expect(matchesPlan(row('2026-05-02', 'PLANNED'), { statuses: ['CONCLUDED'], q: 'chi bộ' }, 2026)).toBe(false);
    expect(matchesPlan(row('2026-05-02', 'PLANNED'), { q: 'tài chính' }, 2026)).toBe(false);
    expect(matchesPlan(row('2025-12-31', 'PLANNED'), {}, 2026)).toBe(false);
  });
});

describe('remedies', () => {
  it("places the api's field errors on their remedy row", () => {
    const error = {
      graphQLErrors: [
        {
          message: 'Dữ liệu không hợp lệ.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: ['input', 'remedies', '1', 'dueOn'], message: 'Không được trước 26/11/2026.' },
              { path: ['input', 'conclusion'], message: 'Bắt buộc.' },
            ],
          },
        },
      ],
    };
    expect(remedyErrors(error as never)).toEqual({ '1.dueOn': 'Không được trước 26/11/2026.' });
    expect(remedyErrors(undefined)).toEqual({});
  });

  it('the desk lists the open remedies of concluded inspections, soonest due first', () => {
    const remedy = (id: string, dueOn: string, status: 'OPEN' | 'DONE') => ({
      id,
      action: id,
      dueOn,
      status,
      responsible: { id: 'o', code: 'LB-LC-01', name: 'Chi bộ' },
    });
    const data = {
      concluded: {
        edges: [
          { node: { id: 'i1', code: 'UBKT-LB-2026-001', title: 'A', remedies: [remedy('r1', '2026-12-01', 'OPEN')] } },
          {
            node: {
              id: 'i2',
              code: 'UBKT-LB-2025-004',
              title: 'B',
              remedies: [remedy('r2', '2026-01-15', 'OPEN'), remedy('r3', '2025-12-01', 'DONE')],
            },
          },
        ],
      },
    };
    expect(remediesDue(data as never).map((r) => [r.id, r.inspection.code])).toEqual([
      ['r2', 'UBKT-LB-2025-004'],
      ['r1', 'UBKT-LB-2026-001'],
    ]);
  });
});
