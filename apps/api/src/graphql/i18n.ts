import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from '@dangvu/schema';
import { displayDate } from './dates.js';

/** The language of the request being served (Accept-Language), Vietnamese by default. */
const store = new AsyncLocalStorage<{ lang: Lang }>();

export function runWithLang<T>(lang: Lang, fn: () => T): T {
  return store.run({ lang }, fn);
}

export function currentLang(): Lang {
  return store.getStore()?.lang ?? 'vi';
}

export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

type Params = Record<string, string | number>;
type Message = { vi: string; en: string };

/** Every message a client may read, in both languages. */
export const MESSAGES = {
  unauthenticated: { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  badCredentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong user name or password.' },
  lockedOut: {
    vi: 'Đăng nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins. Try again in {seconds} seconds.',
  },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  notFound: { vi: 'Không tìm thấy {entity}.', en: '{entity} not found.' },
  conflict: {
    vi: 'Bản ghi đã được người khác sửa (phiên bản {current}, bạn gửi {sent}). Hãy tải lại.',
    en: 'The record was changed by someone else (version {current}, you sent {sent}). Reload it.',
  },
  duplicate: { vi: '{field} "{value}" đã được dùng.', en: '{field} "{value}" is already in use.' },
  cardChecksThrottled: {
    vi: 'Quá nhiều lần nhập số thẻ đảng viên đã được dùng. Hãy thử lại sau {seconds} giây.',
    en: 'Too many card numbers already in use were entered. Try again in {seconds} seconds.',
  },
  badInput: { vi: 'Dữ liệu không hợp lệ.', en: 'The input is not valid.' },
  internal: { vi: 'Lỗi máy chủ. Vui lòng thử lại sau.', en: 'Server error. Please try again later.' },
  unavailable: {
    vi: 'Cơ sở dữ liệu tạm thời không sẵn sàng. Vui lòng thử lại sau giây lát.',
    en: 'The database is unavailable for a moment. Please try again shortly.',
  },
  alreadyUsed: { vi: 'Giá trị này đã được dùng.', en: 'This value is already in use.' },
  nulCharacter: { vi: 'Không được chứa ký tự NUL (\\0).', en: 'Must not contain a NUL character (\\0).' },
  badRequest: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  headersTooLarge: {
    vi: 'Địa chỉ hoặc phần đầu yêu cầu quá dài.',
    en: 'The address or the request headers are too long.',
  },
  badJson: { vi: 'Nội dung yêu cầu không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  bodyTooLarge: {
    vi: 'Nội dung yêu cầu quá lớn (tối đa {max}).',
    en: 'The request body is too large (at most {max}).',
  },
  badEncoding: {
    vi: 'Không hỗ trợ mã hóa nội dung "{encoding}".',
    en: 'The content encoding "{encoding}" is not supported.',
  },
  badCharset: { vi: 'Chỉ hỗ trợ bảng mã UTF-8.', en: 'Only the UTF-8 charset is supported.' },
  routeNotFound: { vi: 'Không có địa chỉ này.', en: 'There is nothing at this address.' },
  operationNotSupported: {
    vi: 'Máy chủ không hỗ trợ thao tác loại {operation}.',
    en: 'The server does not serve {operation} operations.',
  },
  firstTooLarge: { vi: '"first" tối đa là {max}.', en: '"first" may be at most {max}.' },
  firstNegative: { vi: '"first" phải là số không âm.', en: '"first" must not be negative.' },
  badCursor: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'The pagination cursor is not valid.' },
  required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
  tooLong: { vi: 'Tối đa {max} ký tự.', en: 'At most {max} characters.' },
  sheetBodySize: { vi: 'Tệp lớn hơn {max} MB.', en: 'The file is larger than {max} MB.' },
  sheetEntries: {
    vi: 'Tệp .xlsx có quá nhiều phần (tối đa {max}).',
    en: 'The .xlsx holds too many parts (at most {max}).',
  },
  sheetUncompressedSize: {
    vi: 'Tệp .xlsx khi giải nén lớn hơn {max} MB.',
    en: 'The .xlsx unpacks to more than {max} MB.',
  },
  sheetRows: { vi: 'Tệp có hơn {max} dòng dữ liệu.', en: 'The file has more than {max} data rows.' },
  sheetColumns: { vi: 'Dòng {row} có giá trị sau cột thứ {max}.', en: 'Row {row} has a value beyond column {max}.' },
  sheetCellLength: {
    vi: 'Dòng {row}: một ô dài hơn {max} ký tự.',
    en: 'Row {row}: a cell is longer than {max} characters.',
  },
  sheetSharedStrings: { vi: 'Tệp .xlsx có hơn {max} chuỗi.', en: 'The .xlsx holds more than {max} strings.' },
  sheetMarkup: {
    vi: 'Tệp .xlsx có nội dung XML không được chấp nhận (đoạn quá dài, chú thích, CDATA hoặc DOCTYPE).',
    en: 'The .xlsx holds XML that is not accepted (an over-long run, a comment, CDATA or a DOCTYPE).',
  },
  tooShort: { vi: 'Tối thiểu {min} ký tự.', en: 'At least {min} characters.' },
  codeFormat: {
    vi: 'Mã chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang, ví dụ LB-TL-03.',
    en: 'Codes use capital letters, digits and hyphens, e.g. LB-TL-03.',
  },
  usernameFormat: {
    vi: 'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
    en: 'User names have 3–40 characters: lower-case letters, digits, dot, underscore, hyphen.',
  },
  dateInFuture: { vi: 'Ngày không được sau hôm nay.', en: 'The date may not be after today.' },
  quarterRange: { vi: 'Quý phải từ 1 đến 4.', en: 'The quarter must be from 1 to 4.' },
  yearRange: { vi: 'Năm phải từ {from} đến {to}.', en: 'The year must be between {from} and {to}.' },
  dateBefore: { vi: 'Ngày không được trước {date}.', en: 'The date may not be before {date}.' },
  groundNotApplicable: { vi: 'Chỉ nêu căn cứ khi xóa tên.', en: 'A ground is given only for a removal.' },
  dateAfter: { vi: 'Ngày không được sau {date}.', en: 'The date may not be after {date}.' },
  notADate: {
    vi: 'Không phải một ngày (nhập dd/mm/yyyy; API: YYYY-MM-DD).',
    en: 'Not a date (type dd/mm/yyyy; API: YYYY-MM-DD).',
  },
  pickedIds: {
    vi: 'Danh sách dòng đã chọn không hợp lệ (tối đa {max} mã).',
    en: 'The picked rows are not valid (at most {max} ids).',
  },
  nothingToUpdate: { vi: 'Không có thay đổi nào.', en: 'Nothing to change.' },
  scopeRequired: { vi: 'Cần chọn tổ chức phạm vi cho vai trò này.', en: 'This role needs a scope organisation.' },
  scopeNotAllowed: { vi: 'Quản trị hệ thống không gắn với tổ chức.', en: 'An ADMIN has no scope organisation.' },
  scopeKind: {
    vi: 'Vai trò {role} phải gắn với {kinds}.',
    en: 'The role {role} must be bound to {kinds}.',
  },
  wrongPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  samePassword: { vi: 'Mật khẩu mới phải khác mật khẩu cũ.', en: 'The new password must differ from the old one.' },
  selfDeactivate: { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot deactivate your own account.' },
  selfRole: { vi: 'Không thể tự đổi vai trò của mình.', en: 'You cannot change your own role.' },
  mergeSelf: {
    vi: 'Tổ chức nhận không được nằm trong danh sách sáp nhập.',
    en: 'The target may not be one of the sources.',
  },
  mergeNoSources: { vi: 'Cần ít nhất một tổ chức sáp nhập.', en: 'Name at least one source.' },
  mergeDuplicate: { vi: 'Một tổ chức được chọn hai lần.', en: 'An organisation is named twice.' },
  moveNone: { vi: 'Cần ít nhất một tổ chức để chuyển.', en: 'Name at least one organisation to move.' },
  moveSelf: {
    vi: 'Tổ chức cấp trên mới không được nằm trong danh sách chuyển.',
    en: 'The new parent may not be one of the organisations moved.',
  },
  moveSameParent: {
    vi: 'Tổ chức đã trực thuộc tổ chức cấp trên này.',
    en: 'The organisation already sits under this parent.',
  },
  statusRegister: {
    vi: 'Chỉ đăng ký đảng viên đang sinh hoạt: dự bị hoặc chính thức.',
    en: 'Only current members are registered: probationary or official.',
  },
  sameCell: { vi: 'Đảng viên đang sinh hoạt ở chi bộ này.', en: 'The member is already in this cell.' },
  temporaryOnly: {
    vi: 'Ngày kết thúc và mục đích chỉ dùng cho sinh hoạt đảng tạm thời (temporary).',
    en: 'An end and a purpose belong only to a temporary transfer (temporary).',
  },
  exemptUnchanged: { vi: 'Trạng thái miễn sinh hoạt không thay đổi.', en: 'The exemption is already so.' },
  dateRange: { vi: 'Ngày kết thúc phải sau ngày bắt đầu.', en: 'The end must come after the start.' },
  positive: { vi: 'Phải là số dương.', en: 'Must be a positive number.' },
  fromMember: {
    vi: 'Lấy theo hồ sơ đảng viên; sửa ở hồ sơ đảng viên.',
    en: "Taken from the member's record; edit it there.",
  },
  tooMany: { vi: 'Tối đa {max} mục.', en: 'At most {max} items.' },
  oneSubject: {
    vi: 'Chọn đúng một đối tượng: một đảng viên hoặc một tổ chức.',
    en: 'Name exactly one subject: a member or an organisation.',
  },
  scoreRange: { vi: 'Điểm phải từ 0 đến 100.', en: 'The score must be between 0 and 100.' },
  notACommune: { vi: 'Không có xã, phường, thị trấn nào như vậy.', en: 'No such commune.' },
  ownerRequired: {
    vi: 'Cần chọn tổ chức quản lý hồ sơ người ngoài Đảng.',
    en: 'Name the organisation that keeps the record of a non-member.',
  },
  queryTooComplex: {
    vi: 'Truy vấn quá phức tạp (chi phí {cost}, tối đa {max}).',
    en: 'The query is too complex (cost {cost}, at most {max}).',
  },
  queryTooDeep: { vi: 'Truy vấn quá sâu (tối đa {max} cấp).', en: 'The query is too deep (at most {max} levels).' },
  tooManyAliases: {
    vi: 'Truy vấn có quá nhiều bí danh (tối đa {max}).',
    en: 'The query has too many aliases (at most {max}).',
  },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The message in the language asked; a date parameter (YYYY-MM-DD) reads dd/mm/yyyy, as users write it. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = currentLang()): string {
  const text: string = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'string' && ISO_DATE.test(value) ? displayDate(value) : String(value);
  });
}
