import type { Say } from './alert.kind.js';
import { CELL_MIN_OFFICIAL_MEMBERS } from './alert.rules.js';

/**
 * The messages of the alert kinds of this module, in both languages; dates
 * come already shown as dd/mm/yyyy (displayDate). A kind picks its language
 * once (inLang), then builds each of its alerts' messages.
 */

export const PROBATION_OVERDUE: Say<[name: string, due: string]> = {
  vi: (name, due) => `Đảng viên dự bị ${name} đã quá hạn xét công nhận chính thức (hạn ${due}).`,
  en: (name, due) => `Probationary member ${name} is overdue for recognition as official (due ${due}).`,
};

export const CEREMONY_DUE: Say<[name: string, decided: string, due: string]> = {
  vi: (name, decided, due) => `Chưa tổ chức lễ kết nạp cho ${name} (quyết định ngày ${decided}; hạn ${due}).`,
  en: (name, decided, due) => `No admission ceremony recorded for ${name} (decided on ${decided}; due ${due}).`,
};

export const BADGE_DUE: Say<[name: string, years: number, reached: string, awardOn: string]> = {
  vi: (name, years, reached, on) => `${name} đủ ${years} năm tuổi Đảng ngày ${reached}; trao Huy hiệu ngày ${on}.`,
  en: (name, years, reached, on) =>
    `${name} reaches ${years} years of party membership on ${reached}; badge award on ${on}.`,
};

/** A badge deferred by a discipline in force on the award day, until the first award day after it lapses. */
export const BADGE_DEFERRED: Say<[name: string, years: number, reached: string, until: string, awardOn: string]> = {
  vi: (name, years, reached, until, on) =>
    `${name} đủ ${years} năm tuổi Đảng ngày ${reached}; đang trong thời hạn kỷ luật đến ${until}: Huy hiệu chờ đến ngày trao ${on}.`,
  en: (name, years, reached, until, on) =>
    `${name} reaches ${years} years of party membership on ${reached}; under a discipline in force until ${until}: the badge waits until the award day of ${on}.`,
};

export const TRANSFER_WAITING: Say<[name: string, from: string, to: string, since: string]> = {
  vi: (name, from, to, since) => `Chuyển sinh hoạt của ${name} từ ${from} đến ${to} đang chờ từ ${since}.`,
  en: (name, from, to, since) => `The transfer of ${name} from ${from} to ${to} has waited since ${since}.`,
};

export const TEMPORARY_TRANSFER_ENDING: Say<[name: string, to: string, ended: boolean, until: string]> = {
  vi: (name, to, ended, until) =>
    `Sinh hoạt đảng tạm thời của ${name} tại ${to} ${ended ? 'đã kết thúc' : 'kết thúc'} ngày ${until}.`,
  en: (name, to, ended, until) => `The temporary transfer of ${name} to ${to} ${ended ? 'ended' : 'ends'} on ${until}.`,
};

export const CELL_TOO_SMALL: Say<[name: string, official: number]> = {
  vi: (name, n) =>
    `${name} có ${n} đảng viên chính thức; chi bộ cần ít nhất ${CELL_MIN_OFFICIAL_MEMBERS} (Điều lệ Đảng, Điều 21).`,
  en: (name, n) =>
    `${name} has ${n} official members; a cell needs at least ${CELL_MIN_OFFICIAL_MEMBERS} (Party Charter, Article 21).`,
};

export const SECRETARY_VACANT: Say<[name: string, since: string]> = {
  vi: (name, since) => `${name} khuyết bí thư từ ${since}.`,
  en: (name, since) => `${name} has had no secretary since ${since}.`,
};
