import { apiHeaders } from '../../app/client';
import type { MessageKey } from '../../app/i18n';
import { setToken } from '../../app/token-store';
import { type ApiProblem, NO_PROBLEM, problemFromJson } from '../../shared/errors';

/**
 * The columns /import/members reads, row 1 holding the headers: the header
 * (as written in the file, in Vietnamese), the field it fills, and a hint on
 * the expected values.
 */
export const IMPORT_COLUMNS: readonly { header: string; field: MessageKey; hint?: MessageKey }[] = [
  { header: 'Họ và tên', field: 'fullName' },
  { header: 'Số thẻ đảng viên', field: 'cardNumber' },
  { header: 'Giới tính', field: 'gender', hint: 'colGenderHint' },
  { header: 'Ngày sinh', field: 'dateOfBirth', hint: 'colDateHint' },
  { header: 'Dân tộc', field: 'ethnicity' },
  { header: 'Tôn giáo', field: 'religion' },
  { header: 'Quê quán', field: 'hometown' },
  { header: 'Giáo dục phổ thông', field: 'generalEducation' },
  { header: 'Trình độ chuyên môn', field: 'qualification' },
  { header: 'Lý luận chính trị', field: 'theoryLevel' },
  { header: 'Trạng thái', field: 'status', hint: 'colStatusHint' },
  { header: 'Ngày vào Đảng', field: 'admittedOn', hint: 'colDateHint' },
  { header: 'Ngày chính thức', field: 'officialOn', hint: 'colDateHint' },
];

/** The label of a row error's field (`file`, or a column's field name). */
export function importFieldLabel(field: string): MessageKey | null {
  if (field === 'file') return 'importFile';
  return IMPORT_COLUMNS.find((c) => c.field === field)?.field ?? null;
}

/** A CSV with the headers only (UTF-8 with BOM, so that Excel reads the diacritics). */
export function templateCsv(): Blob {
  const line = IMPORT_COLUMNS.map((c) => c.header).join(',');
  return new Blob([`\uFEFF${line}\r\n`], { type: 'text/csv;charset=utf-8' });
}

export type ImportPhase = 'reading' | 'checking' | 'saving';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}
export interface RowError {
  row: number;
  field: string;
  message: string;
}
export type ImportOutcome =
  | { kind: 'result'; imported: number; errors: RowError[] }
  | { kind: 'problem'; problem: ApiProblem };

/** The bar's share of each phase: reading 0–10 %, checking 10–30 %, saving 30–100 %. */
const PHASES: Record<ImportPhase, [number, number]> = { reading: [0, 10], checking: [10, 30], saving: [30, 100] };

export function progressPercent(p: ImportProgress | null): number {
  if (!p) return 0;
  const [from, to] = PHASES[p.phase] ?? [0, 0];
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  return Math.round(from + (to - from) * share);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Uploads the file to the cell and reads the NDJSON answer line by line:
 * progress lines as they come, then the result (or an error).
 */
export async function importMembers(
  organizationId: string,
  file: File,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const csv = file.name.toLowerCase().endsWith('.csv');
  const query = new URLSearchParams({ organizationId, filename: file.name });
  let response: Response;
  try {
    response = await fetch(`/import/members?${query}`, {
      method: 'POST',
      headers: { ...apiHeaders(), 'Content-Type': csv ? 'text/csv' : XLSX, Accept: 'application/x-ndjson' },
      body: file,
    });
  } catch (e) {
    return { kind: 'problem', problem: { ...NO_PROBLEM, general: [(e as Error).message], codes: ['NETWORK'] } };
  }
  if (!response.ok || !response.body) {
    const body = await response.json().catch(() => null);
    if (response.status === 401) setToken(null);
    return { kind: 'problem', problem: problemFromJson(body, response.status, ['organizationId', 'file']) };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let outcome: ImportOutcome | null = null;
  const handle = (line: string) => {
    if (!line.trim()) return;
    const message = JSON.parse(line) as
      | ({ type: 'progress' } & ImportProgress)
      | { type: 'result'; imported: number; errors: RowError[] }
      | { type: 'error'; errors: unknown };
    if (message.type === 'progress') onProgress({ phase: message.phase, done: message.done, total: message.total });
    else if (message.type === 'result')
      outcome = { kind: 'result', imported: message.imported, errors: message.errors ?? [] };
    else if (message.type === 'error')
      outcome = {
        kind: 'problem',
        problem: problemFromJson(message, 200, ['organizationId', 'file']),
      };
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: !done });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      handle(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
    if (done) break;
  }
  handle(buffer + decoder.decode());
  return outcome ?? { kind: 'problem', problem: { ...NO_PROBLEM, codes: ['INTERNAL_SERVER_ERROR'] } };
}
