import { describe, expect, it } from 'vitest';
import type { RuleBreach } from '../graphql/errors.js';
import { t } from '../graphql/i18n.js';
import { checkEnd, checkOfficialMember, checkOpen, checkSeatFree } from './cadres/cadre.rules.js';
import { generatedCalendar } from './calendar/holiday.generate.js';
import { checkAdvance } from './candidates/candidate.rules.js';
import { checkCeremonyLate, checkReadmissionWait } from './members/admission.rules.js';
import { checkProbationComplete, checkRegisteredOfficialOn, checkUnderAge } from './members/member.rules.js';
import { checkTemporaryPeriod } from './members/transfer.rules.js';
import { checkMergeLevel, checkParentKind } from './organizations/organization.rules.js';

/** What a user reads: no enum code (SUBORDINATE_CELL) and no ISO date (2026-12-16), in either language. */
const CODE = /\b[A-Z]+_[A-Z_]+\b|\b(?:SOURCED|TRAINED|APPLIED|VERIFIED|SECRETARY)\b/;
const ISO = /\d{4}-\d{2}-\d{2}/;

function readable(b: RuleBreach | null) {
  expect(b).not.toBeNull();
  for (const text of [b!.message.vi, b!.message.en]) {
    expect(text).not.toMatch(CODE);
    expect(text).not.toMatch(ISO);
  }
  return b!.message;
}

describe('rule messages speak the user’s language', () => {
  it('names organisation kinds by their labels', () => {
    const m = readable(checkParentKind('SUBORDINATE_CELL', 'SUBORDINATE_CELL'));
    expect(m.vi).toMatch(/^Không thể đặt chi bộ trực thuộc dưới chi bộ trực thuộc:/);
    expect(m.en).toMatch(/^A subordinate cell cannot sit under a subordinate cell:/);
    expect(readable(checkParentKind('GRASSROOTS_CELL', null)).vi).toMatch(/^Chi bộ cơ sở không thể là tổ chức gốc/);
    expect(readable(checkMergeLevel('GRASSROOTS_CELL', 'DISTRICT_COMMITTEE', 'X')).vi).toContain('(đảng bộ huyện)');
  });

  it('writes dates as dd/mm/yyyy', () => {
    const probation = readable(checkProbationComplete({ admittedOn: '2025-12-16' }, '2026-06-01'));
    expect(probation.vi).toBe('Chưa hết 12 tháng dự bị (hết vào 16/12/2026).');
    expect(probation.en).toBe('The 12 months of probation end on 16/12/2026.');
    expect(readable(checkUnderAge('2010-01-01', '2026-03-05')).vi).toContain('(05/03/2026)');
    const official = checkRegisteredOfficialOn('OFFICIAL', { admittedOn: '2025-12-16' }, '2026-01-01');
    expect(official?.message.en).toBe('The official date is not before 16/12/2026.');
    const cal = generatedCalendar(2026, 2026);
    expect(readable(checkCeremonyLate('2026-01-09', '2026-03-02', cal)).vi).toContain('chậm nhất ngày 27/02/2026');
    expect(readable(checkReadmissionWait('2025-01-31', '2026-01-31')).en).toContain('(31/01/2025)');
    expect(readable(checkTemporaryPeriod('2026-01-31', null, 'WORK')).vi).toContain('30/04/2026');
    expect(readable(checkEnd('2026-05-01', '2026-04-01')).vi).toContain('(01/05/2026)');
    expect(readable(checkOpen('2026-04-01')).en).toContain('ended on 01/04/2026');
  });

  it('names positions and stages by their labels', () => {
    const seat = readable(checkSeatFree('SECRETARY', '2026-05-01', [{ startsOn: '2025-01-01', endsOn: null }]));
    expect(seat.vi).toContain('Chức vụ Bí thư đã có người đảm nhiệm từ 01/01/2025');
    expect(readable(checkOfficialMember('SECRETARY', null, '2026-05-01')).en).toMatch(/^A secretary must be/);
    const stage = readable(checkAdvance('SOURCED', 'VERIFIED'));
    expect(stage.vi).toContain('“Tạo nguồn” sang “Đã thẩm tra lý lịch”');
  });

  it('formats a date parameter of a message', () => {
    expect(t('dateBefore', { date: '2026-12-16' }, 'vi')).toBe('Ngày không được trước 16/12/2026.');
    expect(t('dateAfter', { date: '2026-12-16' }, 'en')).toBe('The date may not be after 16/12/2026.');
    expect(t('tooLong', { max: 80 }, 'en')).toBe('At most 80 characters.');
  });
});
