import type { DisciplineForm, FindingSeverity, InspectionKind } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { imposeDiscipline } from '../features/inspections/discipline.service.js';
import {
  addFinding,
  completeRemedy,
  concludeInspection,
  planInspection,
  startInspection,
} from '../features/inspections/inspection.service.js';
import type { Context } from '../graphql/context.js';
import { addDays } from '../graphql/dates.js';
import { insertMemberRows } from './insert-members.js';
import type { MemberRow } from './members.js';
import { systemContext } from './na-hang-reform.js';
import { ethnicName } from './names.js';
import { rng } from './random.js';

/** The cell of the member Lâm Bình's committee expels (Thôn … of xã Thổ Bình), and the Lăng Can cell of the reprimand. */
export const EXPULSION_CELL = 'LB-TB-03';
export const REPRIMAND_CELL = 'LB-LC-06';

interface Case {
  by: string;
  kind: InspectionKind;
  title: string;
  member: string;
  start: string;
  finding: { text: string; severity: FindingSeverity };
  concludedOn: string;
  conclusion: string;
  remedy: { action: string; responsible: string; dueOn: string };
  discipline: { form: DisciplineForm; decidedOn: string; number: string; reason: string };
}

/** Plan, start, a finding, the conclusion with its remedy, the discipline: each step the API's own mutation. */
async function conduct(ctx: Context, ids: ReadonlyMap<string, string>, c: Case): Promise<string> {
  let i = await planInspection(ctx, {
    kind: c.kind,
    title: c.title,
    conductedById: ids.get(c.by)!,
    subjectMemberIds: [c.member],
    plannedStartOn: c.start,
    plannedEndOn: addDays(c.start, 30),
  });
  i = await startInspection(ctx, { id: i.id, version: i.version, on: c.start });
  i = await addFinding(ctx, { inspectionId: i.id, version: i.version, memberId: c.member, ...c.finding });
  i = await concludeInspection(ctx, {
    id: i.id,
    version: i.version,
    on: c.concludedOn,
    outcome: 'VIOLATION',
    conclusion: c.conclusion,
    remedies: [{ ...c.remedy, responsibleId: ids.get(c.remedy.responsible)! }],
  });
  await imposeDiscipline(ctx, {
    inspectionId: i.id,
    memberId: c.member,
    form: c.discipline.form,
    reason: c.discipline.reason,
    decidedOn: c.discipline.decidedOn,
    decisionNumber: c.discipline.number,
  });
  return i.id;
}

/** A member of Thổ Bình admitted in 1998, official since 1999: the one Lâm Bình expels (not counted in seed 000's 3,685). */
function expelledRow(): MemberRow {
  return {
    card: '10999001',
    name: ethnicName(rng(24052024), 'Tày', 'MALE'),
    gender: 'MALE',
    dob: '1974-08-12',
    ethnicity: 'Tày',
    theory: 'ELEMENTARY',
    qualification: 'INTERMEDIATE',
    cell: EXPULSION_CELL,
    status: 'OFFICIAL',
    admittedOn: '1998-05-05',
    cellVoteOn: '1998-04-20',
    ceremonyOn: '1998-05-19',
    officialOn: '1999-05-19',
    leftOn: null,
  };
}

/**
 * Lâm Bình's two discipline cases, through the API's operations (each
 * audited; the effects those of imposeDiscipline): in 2024 the district's
 * inspection committee expels a member of Thổ Bình convicted of a forest
 * offence (the member EXPELLED, the roll and its rollups kept by the members
 * feature's exit path), Thổ Bình's remedy completed; a few months ago Lăng
 * Can's reprimands a member of one of its cells, in force for another nine
 * months or so, the cell's remedy now overdue (REMEDY_OVERDUE).
 */
export async function insertDisciplineCases(
  m: EntityManager,
  ids: ReadonlyMap<string, string>,
  adminId: string,
  today: string,
): Promise<void> {
  const ctx = systemContext(m, adminId);
  const inserted = await insertMemberRows(m, [[expelledRow()]], ids, true);
  const [expelled] = inserted.byCell.get(ids.get(EXPULSION_CELL)!) ?? [];
  if (!expelled) throw new Error(`demo: no cell ${EXPULSION_CELL}`);
  const expulsion = await conduct(ctx, ids, {
    by: 'LB',
    kind: 'SIGNS_OF_VIOLATION',
    title: 'Kiểm tra đảng viên khi có dấu hiệu vi phạm pháp luật về quản lý, bảo vệ rừng',
    member: expelled,
    start: '2024-04-08',
    finding: {
      text: 'Khai thác gỗ trái phép trong rừng phòng hộ; bị Tòa án nhân dân huyện Lâm Bình xử phạt tù.',
      severity: 'MAJOR',
    },
    concludedOn: '2024-05-20',
    conclusion: 'Đảng viên vi phạm pháp luật nghiêm trọng, gây ảnh hưởng xấu đến uy tín của tổ chức đảng.',
    remedy: {
      action: 'Đảng ủy xã Thổ Bình kiểm điểm trách nhiệm quản lý, giáo dục đảng viên.',
      responsible: 'LB-TB',
      dueOn: '2024-07-31',
    },
    discipline: {
      form: 'EXPULSION',
      decidedOn: '2024-05-27',
      number: '125-QĐ/UBKTHU',
      reason: 'Vi phạm pháp luật về quản lý, bảo vệ rừng, bị xử phạt tù.',
    },
  });
  const [remedy] = await m.query('SELECT id, version FROM remedy WHERE inspection_id = $1', [expulsion]);
  await completeRemedy(ctx, { id: remedy.id, version: remedy.version, on: '2024-07-15' });

  const [member] = await m.query(
    `SELECT id FROM member WHERE organization_id = $1 AND status = 'OFFICIAL' AND admitted_on < '2015-01-01'
        AND NOT EXISTS (SELECT 1 FROM cadre c WHERE c.member_id = member.id)
      ORDER BY card_number DESC LIMIT 1`,
    [ids.get(REPRIMAND_CELL)],
  );
  if (!member) throw new Error(`demo: no official member in ${REPRIMAND_CELL}`);
  await conduct(ctx, ids, {
    by: 'LB-LC',
    kind: 'SIGNS_OF_VIOLATION',
    title: 'Kiểm tra đảng viên khi có dấu hiệu vi phạm quy định về sinh hoạt đảng',
    member: member.id,
    start: addDays(today, -110),
    finding: {
      text: 'Nhiều lần không tham gia sinh hoạt chi bộ không có lý do; chậm nộp đảng phí.',
      severity: 'MAJOR',
    },
    concludedOn: addDays(today, -85),
    conclusion: 'Đảng viên vi phạm quy định về sinh hoạt đảng và đóng đảng phí.',
    remedy: {
      action: 'Chi bộ kiểm điểm, rút kinh nghiệm việc quản lý, theo dõi đảng viên.',
      responsible: REPRIMAND_CELL,
      dueOn: addDays(today, -30),
    },
    discipline: {
      form: 'REPRIMAND',
      decidedOn: addDays(today, -80),
      number: '08-QĐ/UBKTĐU',
      reason: 'Vi phạm quy định về sinh hoạt đảng và đóng đảng phí.',
    },
  });
}
