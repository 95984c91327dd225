import { describe, expect, it } from 'vitest';
import {
  activeOn,
  checkCellCommittee,
  checkEnd,
  checkOfficialMember,
  checkOpen,
  checkPlaceable,
  checkSeatFree,
  checkVillageHead,
  isLocal,
  mayPlace,
  overlaps,
} from './cadre.rules.js';

const official = { status: 'OFFICIAL' as const, officialOn: '2015-05-19', leftOn: null };

describe('cadre rules', () => {
  it('OFFICIAL_MEMBER_REQUIRED: a party post from the day the member is official, not the day before', () => {
    expect(checkOfficialMember('SECRETARY', official, '2015-05-19')).toBeNull();
    expect(checkOfficialMember('SECRETARY', official, '2015-05-18')?.rule).toBe('OFFICIAL_MEMBER_REQUIRED');
    const probationary = { status: 'PROBATIONARY' as const, officialOn: null, leftOn: null };
    expect(checkOfficialMember('INSPECTION_MEMBER', probationary, '2025-01-01')?.rule).toBe('OFFICIAL_MEMBER_REQUIRED');
    expect(checkOfficialMember('COMMITTEE_MEMBER', null, '2025-01-01')?.source).toMatch(/Điều lệ Đảng/);
    // left the roll: not on the day of leaving, still the day before
    const left = { status: 'REMOVED' as const, officialOn: '2015-05-19', leftOn: '2024-03-01' };
    expect(checkOfficialMember('SECRETARY', left, '2024-02-29')).toBeNull();
    expect(checkOfficialMember('SECRETARY', left, '2024-03-01')?.rule).toBe('OFFICIAL_MEMBER_REQUIRED');
    // posts outside the party need no membership
    expect(checkOfficialMember('VILLAGE_HEAD', null, '2025-01-01')).toBeNull();
    expect(checkOfficialMember('PEOPLES_COMMITTEE_CHAIR', probationary, '2025-01-01')).toBeNull();
  });

  it('SEAT_OCCUPIED: refused when the open range shares a day, earlier or later (backdated), not after a handover', () => {
    const held = [{ startsOn: '2020-10-01', endsOn: '2025-10-01' }];
    expect(checkSeatFree('SECRETARY', '2025-10-01', held)).toBeNull();
    expect(checkSeatFree('SECRETARY', '2025-09-30', held)?.rule).toBe('SEAT_OCCUPIED');
    // backdated before a later holder: the open range reaches it
    expect(checkSeatFree('SECRETARY', '2019-01-01', held)?.rule).toBe('SEAT_OCCUPIED');
    expect(checkSeatFree('VILLAGE_HEAD', '2030-01-01', [{ startsOn: '2021-01-01', endsOn: null }])?.rule).toBe(
      'SEAT_OCCUPIED',
    );
    // an empty range (ended on its start) holds no day
    expect(checkSeatFree('SECRETARY', '2019-01-01', [{ startsOn: '2020-01-01', endsOn: '2020-01-01' }])).toBeNull();
    // not a seat: many committee members at once
    expect(checkSeatFree('COMMITTEE_MEMBER', '2021-01-01', held)).toBeNull();
  });

  it('VILLAGE_HEAD_AT_VILLAGE: at a village or residential-group cell only', () => {
    expect(checkVillageHead('VILLAGE_HEAD', 'SUBORDINATE_CELL', 'VILLAGE')).toBeNull();
    expect(checkVillageHead('VILLAGE_HEAD', 'SUBORDINATE_CELL', 'RESIDENTIAL_GROUP')).toBeNull();
    expect(checkVillageHead('VILLAGE_HEAD', 'SUBORDINATE_CELL', 'SCHOOL')?.rule).toBe('VILLAGE_HEAD_AT_VILLAGE');
    expect(checkVillageHead('VILLAGE_HEAD', 'GRASSROOTS_COMMITTEE', 'VILLAGE')?.rule).toBe('VILLAGE_HEAD_AT_VILLAGE');
    expect(checkVillageHead('SECRETARY', 'SUBORDINATE_CELL', 'SCHOOL')).toBeNull();
  });

  it('CELL_COMMITTEE_SIZE: a deputy or committee member in a cell of 9 official members, not of 8', () => {
    expect(checkCellCommittee('DEPUTY_SECRETARY', 'SUBORDINATE_CELL', 9)).toBeNull();
    expect(checkCellCommittee('DEPUTY_SECRETARY', 'SUBORDINATE_CELL', 8)?.rule).toBe('CELL_COMMITTEE_SIZE');
    expect(checkCellCommittee('COMMITTEE_MEMBER', 'GRASSROOTS_CELL', 8)?.rule).toBe('CELL_COMMITTEE_SIZE');
    expect(checkCellCommittee('COMMITTEE_MEMBER', 'GRASSROOTS_COMMITTEE', 0)).toBeNull();
    expect(checkCellCommittee('SECRETARY', 'SUBORDINATE_CELL', 3)).toBeNull();
  });

  it('ORGANIZATION_CLOSED, END_BEFORE_START and PLACEMENT_ENDED at their edges', () => {
    expect(checkPlaceable('ACTIVE', 'X')).toBeNull();
    expect(checkPlaceable('MERGED', 'X')?.rule).toBe('ORGANIZATION_CLOSED');
    expect(checkEnd('2024-01-01', '2024-01-01')).toBeNull();
    expect(checkEnd('2024-01-01', '2023-12-31')?.rule).toBe('END_BEFORE_START');
    expect(checkOpen(null)).toBeNull();
    expect(checkOpen('2024-01-01')?.rule).toBe('PLACEMENT_ENDED');
  });

  it('who decides: the level above for a grassroots organisation, a commune admin only its cells, inspectors never', () => {
    const cell = { id: 'cell', kind: 'SUBORDINATE_CELL' as const, parentId: 'commune' };
    const commune = { id: 'commune', kind: 'GRASSROOTS_COMMITTEE' as const, parentId: 'district' };
    expect(mayPlace({ role: 'COMMUNE_ADMIN', scopeId: 'commune' }, cell)).toBe(true);
    expect(mayPlace({ role: 'COMMUNE_ADMIN', scopeId: 'commune' }, commune)).toBe(false);
    expect(mayPlace({ role: 'COMMUNE_ADMIN', scopeId: 'other' }, cell)).toBe(false);
    expect(mayPlace({ role: 'DISTRICT_ADMIN', scopeId: 'district' }, commune)).toBe(true);
    expect(mayPlace({ role: 'DISTRICT_ADMIN', scopeId: 'district' }, { ...commune, id: 'district' })).toBe(false);
    expect(mayPlace({ role: 'DISTRICT_INSPECTOR', scopeId: 'district' }, commune)).toBe(false);
    expect(mayPlace({ role: 'COMMUNE_INSPECTOR', scopeId: 'commune' }, cell)).toBe(false);
    expect(mayPlace({ role: 'ADMIN', scopeId: null }, commune)).toBe(true);
  });

  it('date ranges are half-open; local when the home commune is on the path', () => {
    expect(activeOn({ startsOn: '2024-01-01', endsOn: '2024-02-01' }, '2024-01-31')).toBe(true);
    expect(activeOn({ startsOn: '2024-01-01', endsOn: '2024-02-01' }, '2024-02-01')).toBe(false);
    expect(activeOn({ startsOn: '2024-01-01', endsOn: null }, '2023-12-31')).toBe(false);
    expect(overlaps({ startsOn: '2024-01-01', endsOn: '2024-02-01' }, { startsOn: '2024-01-31', endsOn: null })).toBe(
      true,
    );
    expect(overlaps({ startsOn: '2024-01-01', endsOn: '2024-02-01' }, { startsOn: '2024-02-01', endsOn: null })).toBe(
      false,
    );
    expect(isLocal('b', '/a/b/c/')).toBe(true);
    expect(isLocal('d', '/a/b/c/')).toBe(false);
    expect(isLocal(null, '/a/b/c/')).toBe(false);
  });
});
