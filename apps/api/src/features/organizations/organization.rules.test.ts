import { creatableChildren, ORGANIZATION_KINDS } from '@dangvu/schema';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PARENTS,
  allowedChildren,
  checkActive,
  checkMergeLevel,
  checkNoActiveChildren,
  checkNotInside,
  checkParentKind,
} from './organization.rules.js';

describe('PARENT_KIND', () => {
  it('allows a subordinate cell only under a grassroots committee', () => {
    expect(checkParentKind('SUBORDINATE_CELL', 'GRASSROOTS_COMMITTEE')).toBeNull();
    expect(checkParentKind('SUBORDINATE_CELL', 'GRASSROOTS_CELL')?.rule).toBe('PARENT_KIND');
    expect(checkParentKind('SUBORDINATE_CELL', 'DISTRICT_COMMITTEE')?.rule).toBe('PARENT_KIND');
  });
  it('allows a grassroots organisation under a district, or under a province since 2025, not at the root', () => {
    expect(checkParentKind('GRASSROOTS_COMMITTEE', 'DISTRICT_COMMITTEE')).toBeNull();
    expect(checkParentKind('GRASSROOTS_CELL', 'PROVINCIAL_COMMITTEE')).toBeNull();
    expect(checkParentKind('GRASSROOTS_COMMITTEE', null)?.rule).toBe('PARENT_KIND');
    expect(checkParentKind('GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE')?.source).toMatch(/Điều lệ Đảng/);
  });
  it('puts a commune-level committee (2025) directly under a province, and nowhere else', () => {
    expect(checkParentKind('COMMUNE_LEVEL_COMMITTEE', 'PROVINCIAL_COMMITTEE')).toBeNull();
    expect(checkParentKind('COMMUNE_LEVEL_COMMITTEE', 'DISTRICT_COMMITTEE')?.rule).toBe('PARENT_KIND');
    expect(checkParentKind('COMMUNE_LEVEL_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE')?.rule).toBe('PARENT_KIND');
    expect(checkParentKind('COMMUNE_LEVEL_COMMITTEE', null)?.rule).toBe('PARENT_KIND');
  });
  it('lets a commune-level committee hold grassroots organisations, not subordinate cells nor districts', () => {
    expect(checkParentKind('GRASSROOTS_CELL', 'COMMUNE_LEVEL_COMMITTEE')).toBeNull();
    expect(checkParentKind('GRASSROOTS_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE')).toBeNull();
    expect(checkParentKind('SUBORDINATE_CELL', 'COMMUNE_LEVEL_COMMITTEE')?.rule).toBe('PARENT_KIND');
    expect(checkParentKind('DISTRICT_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE')?.rule).toBe('PARENT_KIND');
  });
  it('reads the same from the parent side: what each kind may hold', () => {
    expect(allowedChildren('COMMUNE_LEVEL_COMMITTEE').sort()).toEqual(['GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE']);
    expect(allowedChildren('PROVINCIAL_COMMITTEE').sort()).toEqual([
      'COMMUNE_LEVEL_COMMITTEE',
      'DISTRICT_COMMITTEE',
      'GRASSROOTS_CELL',
      'GRASSROOTS_COMMITTEE',
    ]);
    expect(allowedChildren('DISTRICT_COMMITTEE').sort()).toEqual(['GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE']);
    expect(allowedChildren('GRASSROOTS_COMMITTEE')).toEqual(['SUBORDINATE_CELL']);
    expect(allowedChildren('SUBORDINATE_CELL')).toEqual([]);
    expect(allowedChildren(null).sort()).toEqual(['DISTRICT_COMMITTEE', 'PROVINCIAL_COMMITTEE']);
    // every kind has a rule
    expect(Object.keys(ALLOWED_PARENTS).sort()).toEqual([...ORGANIZATION_KINDS].sort());
  });
  it('keeps provinces at the root', () => {
    expect(checkParentKind('PROVINCIAL_COMMITTEE', null)).toBeNull();
    expect(checkParentKind('PROVINCIAL_COMMITTEE', 'PROVINCIAL_COMMITTEE')?.rule).toBe('PARENT_KIND');
  });
});

describe('ORGANIZATION_CLOSED', () => {
  it('holds for ACTIVE, breaks for DISSOLVED and MERGED', () => {
    expect(checkActive('ACTIVE', 'X')).toBeNull();
    expect(checkActive('DISSOLVED', 'X')?.rule).toBe('ORGANIZATION_CLOSED');
    expect(checkActive('MERGED', 'X')?.message.en).toMatch(/merged/);
  });
  it('breaks for ENDED, saying so', () => {
    expect(checkActive('ENDED', 'X')?.rule).toBe('ORGANIZATION_CLOSED');
    expect(checkActive('ENDED', 'X')?.message.vi).toMatch(/kết thúc hoạt động/);
  });
});

describe('ACTIVE_CHILDREN', () => {
  it('holds with 0 active children, breaks with 1', () => {
    expect(checkNoActiveChildren(0, 'X')).toBeNull();
    expect(checkNoActiveChildren(1, 'X')?.rule).toBe('ACTIVE_CHILDREN');
  });
});

describe('MERGE_LEVEL and MERGE_INTO_OWN_SUBTREE', () => {
  it('merges a grassroots cell into a grassroots committee (same level), not a cell into a commune', () => {
    expect(checkMergeLevel('GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE', 'X')).toBeNull();
    expect(checkMergeLevel('SUBORDINATE_CELL', 'GRASSROOTS_COMMITTEE', 'X')?.rule).toBe('MERGE_LEVEL');
  });
  it('merges communes into a new commune committee of either shape (2025), not a commune-level committee down', () => {
    expect(checkMergeLevel('GRASSROOTS_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE', 'X')).toBeNull();
    expect(checkMergeLevel('COMMUNE_LEVEL_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE', 'X')).toBeNull();
    expect(checkMergeLevel('COMMUNE_LEVEL_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'X')?.rule).toBe('MERGE_LEVEL');
    expect(checkMergeLevel('GRASSROOTS_CELL', 'COMMUNE_LEVEL_COMMITTEE', 'X')?.rule).toBe('MERGE_LEVEL');
  });
  it('merges a cell into a cell whichever its kind', () => {
    expect(checkMergeLevel('SUBORDINATE_CELL', 'GRASSROOTS_CELL', 'X')).toBeNull();
    expect(checkMergeLevel('GRASSROOTS_CELL', 'SUBORDINATE_CELL', 'X')).toBeNull();
  });
  it('refuses a target inside the source', () => {
    expect(checkNotInside('/a/b/', '/a/c/', 'X')).toBeNull();
    expect(checkNotInside('/a/b/c/', '/a/b/', 'X')?.rule).toBe('MERGE_INTO_OWN_SUBTREE');
    expect(checkNotInside('/a/b/', '/a/b/', 'X', 'move')?.rule).toBe('MOVE_INTO_OWN_SUBTREE');
  });
});

describe('what a user may create where (creatableChildren: the admin offers “add” only when there is one)', () => {
  const commune = { id: 'c', kind: 'GRASSROOTS_COMMITTEE' as const };
  const cell = { id: 'x', kind: 'SUBORDINATE_CELL' as const };
  const district = { id: 'd', kind: 'DISTRICT_COMMITTEE' as const };
  it('nothing under a cell, for anyone', () => {
    for (const role of ['ADMIN', 'DISTRICT_ADMIN', 'COMMUNE_ADMIN'] as const)
      expect(creatableChildren({ role, scopeId: 'c' }, cell)).toEqual([]);
    expect(creatableChildren({ role: 'ADMIN', scopeId: null }, { id: 'g', kind: 'GRASSROOTS_CELL' })).toEqual([]);
  });
  it('a commune office: subordinate cells under its own committee only', () => {
    expect(creatableChildren({ role: 'COMMUNE_ADMIN', scopeId: 'c' }, commune)).toEqual(['SUBORDINATE_CELL']);
    expect(creatableChildren({ role: 'COMMUNE_ADMIN', scopeId: 'other' }, commune)).toEqual([]);
    expect(creatableChildren({ role: 'COMMUNE_ADMIN', scopeId: 'd' }, district)).toEqual([]);
  });
  it('a district board: what the rule allows under an organisation, no roots; inspectors nothing', () => {
    expect(creatableChildren({ role: 'DISTRICT_ADMIN', scopeId: 'd' }, district).sort()).toEqual([
      'GRASSROOTS_CELL',
      'GRASSROOTS_COMMITTEE',
    ]);
    expect(creatableChildren({ role: 'DISTRICT_ADMIN', scopeId: 'd' }, null)).toEqual([]);
    expect(creatableChildren({ role: 'DISTRICT_INSPECTOR', scopeId: 'd' }, district)).toEqual([]);
    expect(creatableChildren({ role: 'ADMIN', scopeId: null }, null).sort()).toEqual([
      'DISTRICT_COMMITTEE',
      'PROVINCIAL_COMMITTEE',
    ]);
  });
});
