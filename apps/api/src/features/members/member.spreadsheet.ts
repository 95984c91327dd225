import {
  foldSearch,
  GENDER_LABELS,
  type Gender,
  MEMBER_STATUS_LABELS,
  type MemberStatus,
  QUALIFICATION_LABELS,
  QUALIFICATIONS,
  type Qualification,
  THEORY_LEVEL_LABELS,
  THEORY_LEVELS,
  type TheoryLevel,
} from '@dangvu/schema';
import { isLocalDate } from '../../graphql/scalars.js';
import type { MemberInput } from './member.inputs.js';

/**
 * The spreadsheet layout of members: the columns the export writes and the
 * import reads (Vietnamese headers; the English field names are accepted
 * too), so that an exported file can be filled in and imported back.
 */
export const COLUMNS = [
  { key: 'fullName', vi: 'Họ và tên', width: 28 },
  { key: 'cardNumber', vi: 'Số thẻ đảng viên', width: 16 },
  { key: 'gender', vi: 'Giới tính', width: 10 },
  { key: 'dateOfBirth', vi: 'Ngày sinh', width: 12 },
  { key: 'ethnicity', vi: 'Dân tộc', width: 10 },
  { key: 'religion', vi: 'Tôn giáo', width: 12 },
  { key: 'hometown', vi: 'Quê quán', width: 24 },
  { key: 'generalEducation', vi: 'Giáo dục phổ thông', width: 10 },
  { key: 'qualification', vi: 'Trình độ chuyên môn', width: 16 },
  { key: 'theoryLevel', vi: 'Lý luận chính trị', width: 16 },
  { key: 'status', vi: 'Trạng thái', width: 20 },
  { key: 'admittedOn', vi: 'Ngày vào Đảng', width: 14 },
  { key: 'cellVoteOn', vi: 'Ngày chi bộ xét kết nạp', width: 14 },
  { key: 'ceremonyOn', vi: 'Ngày lễ kết nạp', width: 14 },
  { key: 'officialOn', vi: 'Ngày chính thức', width: 14 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
/** Columns only the export writes. */
export const EXPORT_ONLY = [
  { key: 'organization', vi: 'Chi bộ', width: 30 },
  { key: 'partyYears', vi: 'Tuổi Đảng', width: 10 },
  { key: 'exempt', vi: 'Miễn sinh hoạt', width: 10 },
] as const;

/** Maps a header cell to its column, by Vietnamese header or field name, ignoring case and diacritics. */
export function columnOf(header: string): ColumnKey | null {
  const h = foldSearch(header);
  const c = COLUMNS.find((c) => foldSearch(c.vi) === h || c.key.toLowerCase() === h.replace(/\s/g, ''));
  return c?.key ?? null;
}

function byLabel<T extends string>(
  labels: Record<T, { vi: string; en: string }>,
  values: readonly T[],
  raw: string,
): T | null {
  const f = foldSearch(raw);
  if (!f) return null;
  return (
    values.find((v) => v.toLowerCase() === f || foldSearch(labels[v].vi) === f || foldSearch(labels[v].en) === f) ??
    null
  );
}

/** A date from a cell: a Date, YYYY-MM-DD, or DD/MM/YYYY as Vietnamese forms write it. */
export function parseDate(raw: unknown): string | null {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  const s = String(raw ?? '').trim();
  if (isLocalDate(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    return isLocalDate(iso) ? iso : null;
  }
  return null;
}

export interface RowError {
  row: number;
  field: string;
  message: string;
}

export interface ParsedRow {
  row: number;
  person: MemberInput;
  status: MemberStatus;
  admittedOn: string;
  cellVoteOn: string | null;
  ceremonyOn: string | null;
  officialOn: string | null;
}

type Msg = { vi: string; en: string };
const M = {
  required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
  date: { vi: 'Ngày không hợp lệ (dd/mm/yyyy).', en: 'Not a date (dd/mm/yyyy).' },
  gender: { vi: 'Giới tính là Nam hoặc Nữ.', en: 'Gender is Nam (male) or Nữ (female).' },
  status: { vi: 'Trạng thái là Đảng viên dự bị hoặc Đảng viên chính thức.', en: 'Status is probationary or official.' },
  level: { vi: 'Giá trị không có trong danh mục.', en: 'Not one of the listed values.' },
  tooLong: { vi: 'Quá dài.', en: 'Too long.' },
} satisfies Record<string, Msg>;

/** Reads one data row into a member, or the errors of its cells. */
export function parseRow(
  row: number,
  cells: Partial<Record<ColumnKey, unknown>>,
  lang: 'vi' | 'en',
): { ok: ParsedRow } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (field: string, m: Msg) => errors.push({ row, field, message: m[lang] });
  const text = (k: ColumnKey) => {
    const v = cells[k];
    if (v === null || v === undefined) return '';
    if (typeof v === 'object' && v !== null && 'text' in v) return String((v as { text: unknown }).text).trim();
    return String(v).trim();
  };
  const fullName = text('fullName');
  if (!fullName) err('fullName', M.required);
  else if (fullName.length > 120) err('fullName', M.tooLong);
  const genderRaw = text('gender');
  const gender = byLabel<Gender>(GENDER_LABELS, ['MALE', 'FEMALE'], genderRaw);
  if (!gender) err('gender', genderRaw ? M.gender : M.required);
  const dateOfBirth = parseDate(cells.dateOfBirth);
  if (!dateOfBirth) err('dateOfBirth', text('dateOfBirth') ? M.date : M.required);
  const ethnicity = text('ethnicity');
  if (!ethnicity) err('ethnicity', M.required);
  const q = text('qualification');
  const qualification = q ? byLabel<Qualification>(QUALIFICATION_LABELS, QUALIFICATIONS, q) : 'NONE';
  if (!qualification) err('qualification', M.level);
  const tl = text('theoryLevel');
  const theoryLevel = tl ? byLabel<TheoryLevel>(THEORY_LEVEL_LABELS, THEORY_LEVELS, tl) : 'NONE';
  if (!theoryLevel) err('theoryLevel', M.level);
  const st = text('status');
  const status = st ? byLabel<MemberStatus>(MEMBER_STATUS_LABELS, ['PROBATIONARY', 'OFFICIAL'], st) : 'OFFICIAL';
  if (!status) err('status', M.status);
  const admittedOn = parseDate(cells.admittedOn);
  if (!admittedOn) err('admittedOn', text('admittedOn') ? M.date : M.required);
  const optionalDate = (k: 'officialOn' | 'cellVoteOn' | 'ceremonyOn') => {
    const raw = text(k);
    const d = raw ? parseDate(cells[k]) : null;
    if (raw && !d) err(k, M.date);
    return d;
  };
  const officialOn = optionalDate('officialOn');
  const cellVoteOn = optionalDate('cellVoteOn');
  const ceremonyOn = optionalDate('ceremonyOn');
  if (errors.length) return { errors };
  return {
    ok: {
      row,
      status: status!,
      admittedOn: admittedOn!,
      cellVoteOn,
      ceremonyOn,
      officialOn,
      person: {
        fullName,
        gender: gender!,
        dateOfBirth: dateOfBirth!,
        ethnicity,
        religion: text('religion') || null,
        hometown: text('hometown') || null,
        generalEducation: text('generalEducation') || null,
        qualification: qualification!,
        theoryLevel: theoryLevel!,
        cardNumber: text('cardNumber') || null,
      },
    },
  };
}
