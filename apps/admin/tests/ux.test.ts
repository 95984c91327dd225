import { describe, expect, it } from 'vitest';
import { nameSaysRole } from '../src/app/header-names';
import { isoOfDisplay } from '../src/shared/date-input';
import { yearOptions } from '../src/shared/format';

describe('isoOfDisplay: a day typed dd/mm/yyyy', () => {
  it('is the ISO day when complete and real', () => {
    expect(isoOfDisplay('05/03/2021')).toBe('2021-03-05');
    expect(isoOfDisplay('29/02/2024')).toBe('2024-02-29');
    expect(isoOfDisplay('31/12/1999')).toBe('1999-12-31');
  });
  it('is empty while incomplete or for a day that does not exist', () => {
    for (const text of [
      '',
      '05/03/202y',
      'dd/mm/yyyy',
      '29/02/2023',
      '31/04/2021',
      '00/01/2021',
      '01/13/2021',
      '1/3/2021',
    ])
      expect(isoOfDisplay(text), text).toBe('');
  });
});

describe('nameSaysRole: the header leaves out a role the display name already says', () => {
  it('leaves it out when the name starts with the role’s office, whatever the level', () => {
    expect(nameSaysRole('Ban Tổ chức Huyện ủy Lâm Bình', 'Ban Tổ chức Huyện ủy')).toBe(true);
    expect(nameSaysRole('Ban Tổ chức Tỉnh ủy Lào Cai', 'Ban Tổ chức Huyện ủy')).toBe(true);
    expect(nameSaysRole('Văn phòng Đảng ủy thị trấn Lăng Can', 'Văn phòng Đảng ủy xã')).toBe(true);
    expect(nameSaysRole('Ủy ban Kiểm tra Đảng ủy thị trấn Lăng Can', 'Ủy ban Kiểm tra Đảng ủy xã')).toBe(true);
  });
  it('keeps it for a person’s name, another office, or a label in another language', () => {
    expect(nameSaysRole('Nguyễn Văn An', 'Ban Tổ chức Huyện ủy')).toBe(false);
    expect(nameSaysRole('Ủy ban Kiểm tra Huyện ủy Lâm Bình', 'Ban Tổ chức Huyện ủy')).toBe(false);
    expect(nameSaysRole('Ban Tổ chức Huyện ủy Lâm Bình', 'District organisation board')).toBe(false);
  });
});

describe('yearOptions', () => {
  it("offers the years back from the latest, and the page's year wherever it lies", () => {
    expect(yearOptions(2026, 3, 2025)).toEqual([2026, 2025, 2024]);
    expect(yearOptions(2026, 3, 2010)).toEqual([2026, 2025, 2024, 2010]);
  });
});
