import { INSPECTION_STATUSES, type InspectionStatus } from '@dangvu/schema';
import { describe, expect, it } from 'vitest';
import {
  badgeAwardOn,
  checkFormForSubject,
  checkHoldsPost,
  checkNotInForce,
  checkNotUnderProceedings,
  checkProbationaryLimit,
  checkViolation,
  inForceOn,
  inForceUntil,
  mayDecide,
} from './discipline.rules.js';
import {
  checkHasSubject,
  checkNamed,
  checkNotOwnOrganization,
  checkOpen,
  checkPlannedRange,
  checkRemedyOpen,
  checkStarted,
  checkTransition,
  inspectionCode,
  mayConduct,
  readsEveryStatus,
} from './inspection.rules.js';

describe('inspection rules', () => {
  it('INVALID_TRANSITION: exactly PLANNED → IN_PROGRESS → CONCLUDED, and to CANCELLED before CONCLUDED', () => {
    const allowed = new Set([
      'PLANNED>IN_PROGRESS',
      'IN_PROGRESS>CONCLUDED',
      'PLANNED>CANCELLED',
      'IN_PROGRESS>CANCELLED',
    ]);
    for (const from of INSPECTION_STATUSES)
      for (const to of INSPECTION_STATUSES) {
        const b = checkTransition(from as InspectionStatus, to as InspectionStatus);
        expect(b?.rule ?? null).toBe(allowed.has(`${from}>${to}`) ? null : 'INVALID_TRANSITION');
      }
    expect(checkTransition('CONCLUDED', 'CANCELLED')?.source).toContain('296-QĐ/TW');
    expect(checkTransition('CONCLUDED', 'CANCELLED')?.message.vi).toContain(
      '“Đã kết luận”, không chuyển sang “Đã hủy”',
    );
  });

  it('INSPECTION_CLOSED and INSPECTION_NOT_STARTED: findings only while in progress', () => {
    expect(checkOpen('IN_PROGRESS')).toBeNull();
    expect(checkOpen('PLANNED')).toBeNull();
    expect(checkOpen('CONCLUDED')?.rule).toBe('INSPECTION_CLOSED');
    expect(checkOpen('CANCELLED')?.rule).toBe('INSPECTION_CLOSED');
    expect(checkStarted('PLANNED')?.rule).toBe('INSPECTION_NOT_STARTED');
    expect(checkStarted('IN_PROGRESS')).toBeNull();
  });

  it('SUBJECT_REQUIRED: one subject is enough, none is not', () => {
    expect(checkHasSubject(0, 0)?.rule).toBe('SUBJECT_REQUIRED');
    expect(checkHasSubject(1, 0)).toBeNull();
    expect(checkHasSubject(0, 1)).toBeNull();
  });

  it('PLANNED_END_BEFORE_START: the same day is fine, the day before is not', () => {
    expect(checkPlannedRange('2026-03-01', '2026-03-01')).toBeNull();
    expect(checkPlannedRange('2026-03-01', '2026-02-28')?.rule).toBe('PLANNED_END_BEFORE_START');
    expect(checkPlannedRange('2026-03-01', '2026-02-28')?.message.vi).toContain('01/03/2026');
  });

  it('SUBJECT_OWN_ORGANIZATION: only a commune inspector, only its own organisation', () => {
    expect(checkNotOwnOrganization('COMMUNE_INSPECTOR', 'c1', ['c1a', 'c1'])?.rule).toBe('SUBJECT_OWN_ORGANIZATION');
    expect(checkNotOwnOrganization('COMMUNE_INSPECTOR', 'c1', ['c1a'])).toBeNull();
    expect(checkNotOwnOrganization('DISTRICT_INSPECTOR', 'd1', ['d1'])).toBeNull();
    expect(checkNotOwnOrganization('ADMIN', null, ['c1'])).toBeNull();
  });

  it('SUBJECT_NOT_NAMED: a named member or organisation, or none at all', () => {
    const s = { organizationIds: ['o1'], memberIds: ['m1'] };
    expect(checkNamed(s, { memberId: 'm1' })).toBeNull();
    expect(checkNamed(s, { organizationId: 'o1' })).toBeNull();
    expect(checkNamed(s, {})).toBeNull();
    expect(checkNamed(s, { memberId: 'm2' })?.rule).toBe('SUBJECT_NOT_NAMED');
    expect(checkNamed(s, { organizationId: 'm1' })?.rule).toBe('SUBJECT_NOT_NAMED');
  });

  it('REMEDY_DONE: a remedy completes once', () => {
    expect(checkRemedyOpen('OPEN')).toBeNull();
    expect(checkRemedyOpen('DONE')?.rule).toBe('REMEDY_DONE');
  });

  it('who conducts and who reads every status', () => {
    expect(mayConduct({ role: 'DISTRICT_INSPECTOR', scopeId: 'd1' }, 'd1')).toBe(true);
    expect(mayConduct({ role: 'DISTRICT_INSPECTOR', scopeId: 'd1' }, 'c1')).toBe(false);
    expect(mayConduct({ role: 'DISTRICT_ADMIN', scopeId: 'd1' }, 'd1')).toBe(false);
    expect(mayConduct({ role: 'ADMIN', scopeId: null }, 'c1')).toBe(true);
    expect(readsEveryStatus('COMMUNE_INSPECTOR')).toBe(true);
    expect(readsEveryStatus('COMMUNE_ADMIN')).toBe(false);
    expect(inspectionCode('LB', 2026, 7)).toBe('UBKT-LB-2026-007');
    expect(inspectionCode('LB', 2026, 1234)).toBe('UBKT-LB-2026-1234');
  });
});

describe('discipline rules', () => {
  it('VIOLATION_REQUIRED: concluded with a violation, nothing less', () => {
    expect(checkViolation('CONCLUDED', 'VIOLATION')).toBeNull();
    expect(checkViolation('CONCLUDED', 'SHORTCOMINGS')?.rule).toBe('VIOLATION_REQUIRED');
    expect(checkViolation('IN_PROGRESS', null)?.rule).toBe('VIOLATION_REQUIRED');
  });

  it('FORM_NOT_FOR_SUBJECT: expulsion and dismissal members only, dissolution organisations only', () => {
    expect(checkFormForSubject('EXPULSION', 'MEMBER')).toBeNull();
    expect(checkFormForSubject('EXPULSION', 'ORGANIZATION')?.rule).toBe('FORM_NOT_FOR_SUBJECT');
    expect(checkFormForSubject('DISMISSAL', 'ORGANIZATION')?.rule).toBe('FORM_NOT_FOR_SUBJECT');
    expect(checkFormForSubject('DISSOLUTION', 'ORGANIZATION')).toBeNull();
    expect(checkFormForSubject('DISSOLUTION', 'MEMBER')?.rule).toBe('FORM_NOT_FOR_SUBJECT');
    expect(checkFormForSubject('WARNING', 'ORGANIZATION')).toBeNull();
    expect(checkFormForSubject('REPRIMAND', 'MEMBER')).toBeNull();
  });

  it('PROBATIONARY_LIMIT: a probationary member is reprimanded or warned, no more', () => {
    expect(checkProbationaryLimit('WARNING', 'PROBATIONARY')).toBeNull();
    expect(checkProbationaryLimit('REPRIMAND', 'PROBATIONARY')).toBeNull();
    expect(checkProbationaryLimit('DISMISSAL', 'PROBATIONARY')?.rule).toBe('PROBATIONARY_LIMIT');
    expect(checkProbationaryLimit('EXPULSION', 'PROBATIONARY')?.rule).toBe('PROBATIONARY_LIMIT');
    expect(checkProbationaryLimit('EXPULSION', 'OFFICIAL')).toBeNull();
  });

  it('NO_PARTY_POST: dismissal needs a party post; the other forms do not', () => {
    expect(checkHoldsPost('DISMISSAL', false)?.rule).toBe('NO_PARTY_POST');
    expect(checkHoldsPost('DISMISSAL', true)).toBeNull();
    expect(checkHoldsPost('WARNING', false)).toBeNull();
  });

  it('a commune inspector decides reprimands and warnings of members, nothing else', () => {
    expect(mayDecide('COMMUNE_INSPECTOR', 'WARNING', 'MEMBER')).toBe(true);
    expect(mayDecide('COMMUNE_INSPECTOR', 'REPRIMAND', 'MEMBER')).toBe(true);
    expect(mayDecide('COMMUNE_INSPECTOR', 'DISMISSAL', 'MEMBER')).toBe(false);
    expect(mayDecide('COMMUNE_INSPECTOR', 'REPRIMAND', 'ORGANIZATION')).toBe(false);
    expect(mayDecide('DISTRICT_INSPECTOR', 'EXPULSION', 'MEMBER')).toBe(true);
  });

  it('in force for 12 months from the decision, both days included; expulsion and dissolution never lapse', () => {
    expect(inForceUntil('WARNING', '2025-03-10')).toBe('2026-03-10');
    expect(inForceUntil('DISMISSAL', '2024-02-29')).toBe('2025-02-28');
    expect(inForceUntil('EXPULSION', '2025-03-10')).toBeNull();
    expect(inForceUntil('DISSOLUTION', '2025-03-10')).toBeNull();
    const w = { decidedOn: '2025-03-10', inForceUntil: '2026-03-10' };
    expect(inForceOn(w, '2025-03-09')).toBe(false);
    expect(inForceOn(w, '2025-03-10')).toBe(true);
    expect(inForceOn(w, '2026-03-10')).toBe(true);
    expect(inForceOn(w, '2026-03-11')).toBe(false);
  });

  it('DISCIPLINE_IN_FORCE: refused through the last day, allowed the day after', () => {
    const ds = [{ decidedOn: '2025-03-10', inForceUntil: '2026-03-10' }];
    expect(checkNotInForce(ds, '2026-03-10')?.rule).toBe('DISCIPLINE_IN_FORCE');
    expect(checkNotInForce(ds, '2026-03-10')?.message.vi).toContain('10/03/2026');
    expect(checkNotInForce(ds, '2026-03-11')).toBeNull();
    expect(checkNotInForce(ds, '2025-03-09')).toBeNull();
    expect(checkNotInForce([], '2026-01-01')).toBeNull();
  });

  it('UNDER_PROCEEDINGS: one open proceeding refuses, none allows', () => {
    expect(checkNotUnderProceedings(1)?.rule).toBe('UNDER_PROCEEDINGS');
    expect(checkNotUnderProceedings(0)).toBeNull();
  });

  it('the badge waits for the first award day after the discipline lapses', () => {
    const ds = [{ decidedOn: '2025-03-10', inForceUntil: '2026-03-10' }];
    expect(badgeAwardOn('2026-02-03', ds)).toEqual({ on: '2026-05-19', deferredUntil: '2026-03-10' });
    expect(badgeAwardOn('2026-05-19', ds)).toEqual({ on: '2026-05-19', deferredUntil: null });
    expect(badgeAwardOn('2025-02-03', ds)).toEqual({ on: '2025-02-03', deferredUntil: null });
  });
});
