import { describe, expect, it } from 'vitest';
import {
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
  it('refuses a target inside the source', () => {
    expect(checkNotInside('/a/b/', '/a/c/', 'X')).toBeNull();
    expect(checkNotInside('/a/b/c/', '/a/b/', 'X')?.rule).toBe('MERGE_INTO_OWN_SUBTREE');
  });
});
