import { describe, expect, it } from 'vitest';
import { cadreFormOf, cadresSearchOf, toCadreFilter, validateCadresSearch } from '../src/features/cadres/cadres-search';
import { indicatorLines, indicatorsCsv, percentOf } from '../src/features/cadres/indicators';
import { mayPlaceAt, placeableChoices } from '../src/features/cadres/placing';

const scope = { id: 'lb', code: 'LB', name: 'Đảng bộ huyện Lâm Bình' };

describe('the cadres list state in the URL', () => {
  it('keeps known posts, real days, listed page sizes and positive pages; drops the rest', () => {
    expect(
      validateCadresSearch({
        q: 'ha van',
        positions: 'SECRETARY,BOSS,VILLAGE_HEAD',
        activeOn: '2025-13',
        size: '10',
        page: '0',
        after: '',
        extra: 'x',
      }),
    ).toEqual({ q: 'ha van', positions: ['SECRETARY', 'VILLAGE_HEAD'], size: 10 });
    expect(validateCadresSearch({ positions: ['FRONT_CHAIR'], activeOn: '2025-06-01', size: 30, page: 2 })).toEqual({
      positions: ['FRONT_CHAIR'],
      activeOn: '2025-06-01',
      page: 2,
    });
  });

  it('leaves the defaults out of the URL (the scope, no posts, 25 a page) and names another subtree', () => {
    const form = cadreFormOf({}, scope, null);
    expect(form).toEqual({ search: '', within: [scope], positions: [], activeOn: '' });
    expect(cadresSearchOf(form, 25, scope)).toEqual({});
    const other = { id: 'tl', code: 'LB-TL', name: 'Thượng Lâm' };
    expect(cadresSearchOf({ ...form, within: [other], search: ' ', positions: ['SECRETARY'] }, 50, scope)).toEqual({
      within: 'tl',
      positions: ['SECRETARY'],
      size: 50,
    });
  });

  it('asks the api only for what is set', () => {
    expect(toCadreFilter({ search: '  ma cong ', within: [], positions: [], activeOn: '' })).toEqual({
      search: 'ma cong',
    });
    expect(toCadreFilter({ search: '', within: [scope], positions: ['SECRETARY'], activeOn: '2024-01-01' })).toEqual({
      withinId: 'lb',
      positions: ['SECRETARY'],
      activeOn: '2024-01-01',
    });
  });
});

describe('where a role may place cadres (mirrors the api rule mayPlace)', () => {
  const cell = { id: 'c1', kind: 'SUBORDINATE_CELL' as const, parent: { id: 'lc' } };
  const commune = { id: 'lc', kind: 'GRASSROOTS_COMMITTEE' as const, parent: { id: 'lb' } };
  it('a district admin below its own organisation, a commune admin only in its cells, inspectors nowhere', () => {
    const district = { role: 'DISTRICT_ADMIN' as const, scope: { id: 'lb' } };
    const communeAdmin = { role: 'COMMUNE_ADMIN' as const, scope: { id: 'lc' } };
    expect([mayPlaceAt(district, commune), mayPlaceAt(district, { ...commune, id: 'lb', parent: null })]).toEqual([
      true,
      false,
    ]);
    expect([mayPlaceAt(communeAdmin, cell), mayPlaceAt(communeAdmin, commune)]).toEqual([true, false]);
    expect(mayPlaceAt(communeAdmin, { ...cell, parent: { id: 'other' } })).toBe(false);
    expect(mayPlaceAt({ role: 'DISTRICT_INSPECTOR', scope: { id: 'lb' } }, commune)).toBe(false);
    expect(mayPlaceAt({ role: 'ADMIN', scope: null }, commune)).toBe(true);
    expect(placeableChoices(communeAdmin)).toEqual({ kinds: ['SUBORDINATE_CELL'], excludeIds: [] });
    expect(placeableChoices(district)).toEqual({ excludeIds: ['lb'] });
  });
});

describe('the indicators page', () => {
  const lamBinh = {
    grassrootsOrganizations: 27,
    secretariesPlaced: 10,
    nonLocalSecretaries: 10,
    secretaryAlsoChair: 1,
    villageCells: 101,
    cellSecretaryAlsoVillageHead: 99,
    villageHeadsNotMembers: 2,
    vacantSecretarySeats: 75,
  };

  it('counts each indicator among what it is a share of', () => {
    const lines = indicatorLines(lamBinh, 86).map((l) => [l.id, l.value, l.total]);
    expect(lines).toEqual([
      ['secretariesPlaced', 10, 27],
      ['nonLocalSecretaries', 10, 10],
      ['secretaryAlsoChair', 1, 10],
      ['cellSecretaryAlsoVillageHead', 99, 101],
      ['villageHeadsNotMembers', 2, 101],
      ['vacantSecretarySeats', 75, 86],
    ]);
  });

  it('shares with one decimal, 0 among nothing', () => {
    expect([percentOf(99, 101), percentOf(10, 10), percentOf(0, 0), percentOf(1, 3)]).toEqual([98, 100, 0, 33.3]);
  });

  it('exports a CSV Excel reads: a BOM, quoted cells where needed, the percent as a plain number', async () => {
    const blob = indicatorsCsv(
      ['Chỉ số', 'x', 'y', '%', 'Trên tổng số'],
      [{ label: 'Bí thư, "kiêm"', of: 'trên số bí thư', value: 1, total: 3 }],
      ['Chỉ số cán bộ chủ chốt'],
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'Chỉ số cán bộ chủ chốt\r\n\r\nChỉ số,x,y,%,Trên tổng số\r\n"Bí thư, ""kiêm""",1,3,33.3,trên số bí thư\r\n',
    );
  });
});
