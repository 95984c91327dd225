import { describe, expect, it } from 'vitest';
import { mayManageRole, scopeFits } from './user.rules.js';

describe('scope kinds', () => {
  it('binds district roles to a district, or a province since 2025, and not to a commune', () => {
    expect(scopeFits('DISTRICT_ADMIN', 'DISTRICT_COMMITTEE')).toBe(true);
    expect(scopeFits('DISTRICT_INSPECTOR', 'PROVINCIAL_COMMITTEE')).toBe(true);
    expect(scopeFits('DISTRICT_ADMIN', 'GRASSROOTS_COMMITTEE')).toBe(false);
  });
  it('binds district roles to a commune-level committee (2025), and commune roles not to one', () => {
    expect(scopeFits('DISTRICT_ADMIN', 'COMMUNE_LEVEL_COMMITTEE')).toBe(true);
    expect(scopeFits('DISTRICT_INSPECTOR', 'COMMUNE_LEVEL_COMMITTEE')).toBe(true);
    expect(scopeFits('COMMUNE_ADMIN', 'COMMUNE_LEVEL_COMMITTEE')).toBe(false);
    expect(scopeFits('COMMUNE_INSPECTOR', 'COMMUNE_LEVEL_COMMITTEE')).toBe(false);
  });
  it('binds commune roles to a grassroots organisation, not to a cell below it', () => {
    expect(scopeFits('COMMUNE_ADMIN', 'GRASSROOTS_COMMITTEE')).toBe(true);
    expect(scopeFits('COMMUNE_INSPECTOR', 'GRASSROOTS_CELL')).toBe(true);
    expect(scopeFits('COMMUNE_ADMIN', 'SUBORDINATE_CELL')).toBe(false);
  });
  it('binds ADMIN to nothing', () => {
    expect(scopeFits('ADMIN', null)).toBe(true);
    expect(scopeFits('ADMIN', 'PROVINCIAL_COMMITTEE')).toBe(false);
  });
});

describe('who manages whom', () => {
  it('a DISTRICT_ADMIN manages commune roles only; commune roles manage no one', () => {
    expect(mayManageRole('DISTRICT_ADMIN', 'COMMUNE_INSPECTOR')).toBe(true);
    expect(mayManageRole('DISTRICT_ADMIN', 'DISTRICT_INSPECTOR')).toBe(false);
    expect(mayManageRole('COMMUNE_ADMIN', 'COMMUNE_INSPECTOR')).toBe(false);
    expect(mayManageRole('ADMIN', 'ADMIN')).toBe(true);
  });
});
