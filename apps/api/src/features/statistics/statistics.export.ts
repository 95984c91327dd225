import type { Writable } from 'node:stream';
import { AGE_BAND_LABELS, type AgeBand, THEORY_LEVEL_LABELS, type TheoryLevel } from '@dangvu/schema';
import ExcelJS from 'exceljs';
import { displayDate } from '../../graphql/dates.js';
import { share } from './statistics.rules.js';
import type { ScopeStatistics } from './statistics.types.js';

/**
 * The statistics report of a subtree as an .xlsx (one sheet, in Vietnamese):
 * the key figures, then members by theory level and by age band, each with
 * its share of the current members.
 */
export async function writeStatistics(s: ScopeStatistics, out: Writable): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Thống kê');
  sheet.columns = [
    { key: 'label', width: 48 },
    { key: 'value', width: 14 },
    { key: 'share', width: 12, style: { numFmt: '0.0%' } },
  ];
  const title = sheet.addRow([`Thống kê ${s.organization.name}`]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([`Số liệu đến ngày ${displayDate(s.asOf)}`]);
  sheet.addRow([]);
  const heading = (text: string) => {
    const row = sheet.addRow([text, 'Số lượng', 'Tỷ lệ']);
    row.font = { bold: true };
  };
  const of = (n: number) => share(n, s.members);
  heading('Chỉ tiêu');
  sheet.addRow(['Chi bộ, đảng bộ cơ sở', s.grassrootsOrganizations]);
  sheet.addRow(['Chi bộ trực thuộc', s.subordinateCells]);
  sheet.addRow(['Đảng viên', s.members]);
  sheet.addRow(['Đảng viên dự bị', s.probationaryMembers, of(s.probationaryMembers)]);
  sheet.addRow(['Đảng viên nữ', s.femaleMembers, s.femaleShare]);
  sheet.addRow(['Đảng viên người dân tộc thiểu số', s.ethnicMinorityMembers, s.ethnicMinorityShare]);
  sheet.addRow(['Kết nạp trong nhiệm kỳ', s.admittedInTerm]);
  sheet.addRow(['Tổ chức đảng được kiểm tra, giám sát trong nhiệm kỳ', s.inspectedOrganizations]);
  sheet.addRow(['Đảng viên được kiểm tra, giám sát trong nhiệm kỳ', s.inspectedMembers]);
  sheet.addRow(['Đảng viên bị kỷ luật trong nhiệm kỳ', s.disciplinedMembers]);
  sheet.addRow([]);
  heading('Trình độ lý luận chính trị');
  for (const c of s.membersByTheoryLevel)
    sheet.addRow([THEORY_LEVEL_LABELS[c.key as TheoryLevel]?.vi ?? c.key, c.count, of(c.count)]);
  sheet.addRow([]);
  heading('Độ tuổi');
  for (const c of s.membersByAgeBand)
    sheet.addRow([AGE_BAND_LABELS[c.key as AgeBand]?.vi ?? c.key, c.count, of(c.count)]);
  await wb.xlsx.write(out);
}
