import type { Writable } from 'node:stream';
import { GENDER_LABELS, MEMBER_STATUS_LABELS, QUALIFICATION_LABELS, THEORY_LEVEL_LABELS } from '@dangvu/schema';
import ExcelJS from 'exceljs';
import type { Context } from '../../graphql/context.js';
import { today } from '../../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Member } from './member.entity.js';
import type { MemberFilter } from './member.inputs.js';
import { filteredMembers } from './member.service.js';
import { COLUMNS, EXPORT_ONLY } from './member.spreadsheet.js';
import { eventsOf } from './member-events.js';
import { partyAgeFrom, partyYears } from './party-age.rules.js';

const BATCH = 1000;
/** Columns written as real Excel dates, shown dd/mm/yyyy (the import reads them back). */
const DATE_KEYS: ReadonlySet<string> = new Set(['dateOfBirth', 'admittedOn', 'cellVoteOn', 'ceremonyOn', 'officialOn']);
/** `YYYY-MM-DD` as the Date of that day at 00:00 UTC, the instant Excel's serial day stands for. */
const excelDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : '');

/**
 * Writes the filtered members of the caller's scope as an .xlsx to a stream,
 * in batches (memory stays flat whatever the size), sorted by name; with
 * `ids`, only those of them (the rows picked in the list).
 */
export async function exportMembers(
  ctx: Context,
  filter: MemberFilter,
  out: Writable,
  ids?: readonly string[],
): Promise<number> {
  const base = await filteredMembers(ctx, filter);
  if (ids) base.andWhere('m.id = ANY(:ids::uuid[])', { ids });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = wb.addWorksheet('Đảng viên', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { key: 'no', header: 'STT', width: 6 },
    ...[...COLUMNS, ...EXPORT_ONLY].map((c) => ({
      key: c.key,
      header: c.vi,
      width: c.width,
      ...(DATE_KEYS.has(c.key) ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const vi = <T extends string>(labels: Record<T, { vi: string }>, v: T) => labels[v]?.vi ?? v;
  const asOf = today();
  let n = 0;
  let after: [string, string] | null = null;
  for (;;) {
    const qb = base
      .clone()
      .innerJoin(Organization, 'o', 'o.id = m.organization_id')
      .addSelect('o.name', 'org_name')
      .orderBy('m.search_text')
      .addOrderBy('m.id')
      .limit(BATCH);
    if (after) qb.andWhere('(m.search_text, m.id) > (:a0, :a1)', { a0: after[0], a1: after[1] });
    const { entities, raw } = await qb.getRawAndEntities();
    // party age of a re-admitted member needs its history: one query per batch that holds any
    const from = await Promise.all(
      entities.map(async (m) => (m.firstAdmittedOn ? partyAgeFrom(m, await eventsOf(ctx, m.id)) : m.admittedOn)),
    );
    entities.forEach((m: Member, i) => {
      sheet
        .addRow({
          no: ++n,
          fullName: m.fullName,
          cardNumber: m.cardNumber ?? '',
          gender: vi(GENDER_LABELS, m.gender),
          dateOfBirth: excelDate(m.dateOfBirth),
          ethnicity: m.ethnicity,
          religion: m.religion ?? '',
          hometown: m.hometown ?? '',
          generalEducation: m.generalEducation ?? '',
          qualification: vi(QUALIFICATION_LABELS, m.qualification),
          theoryLevel: vi(THEORY_LEVEL_LABELS, m.theoryLevel),
          status: vi(MEMBER_STATUS_LABELS, m.status),
          admittedOn: excelDate(m.admittedOn),
          cellVoteOn: excelDate(m.cellVoteOn),
          ceremonyOn: excelDate(m.ceremonyOn),
          officialOn: excelDate(m.officialOn),
          organization: raw[i].org_name,
          partyYears: partyYears(from[i], m.leftOn ?? asOf),
          exempt: m.exempt ? 'x' : '',
        })
        .commit();
    });
    if (entities.length < BATCH) break;
    const last = entities[entities.length - 1];
    after = [last.searchText, last.id];
  }
  sheet.commit();
  await wb.commit();
  return n;
}
