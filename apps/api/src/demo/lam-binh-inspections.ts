import type { InspectionKind } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { addDays } from '../graphql/dates.js';
import { currentMembers, type InspectionSpec } from './inspection-rows.js';
import { rng } from './random.js';

/** The grassroots organisations the district's inspection committee inspects. */
const GRASSROOTS = ['LB-LC', 'LB-TL', 'LB-BA', 'LB-KH', 'LB-PY', 'LB-XL', 'LB-TB', 'LB-HQ', 'LB-QS', 'LB-CA'];
const LC_CELLS = Array.from({ length: 16 }, (_, i) => `LB-LC-${String(i + 1).padStart(2, '0')}`);
/** The district's inspections of each year beside its supervisions, in turn: every kind the contract has shows. */
const DISTRICT_TURNS: InspectionKind[] = [
  'TASK_PERFORMANCE',
  'PARTY_FINANCE',
  'SIGNS_OF_VIOLATION',
  'DENUNCIATION',
  'DISCIPLINE_APPEAL',
];
const YEARS = [2021, 2022, 2023, 2024, 2025];

const TITLES: Record<InspectionKind, string> = {
  REGULAR_SUPERVISION: 'Giám sát thường xuyên việc lãnh đạo thực hiện nghị quyết',
  THEMATIC_SUPERVISION: 'Giám sát chuyên đề công tác phát triển đảng viên',
  SIGNS_OF_VIOLATION: 'Kiểm tra đảng viên khi có dấu hiệu vi phạm',
  TASK_PERFORMANCE: 'Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng',
  PARTY_FINANCE: 'Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí',
  DENUNCIATION: 'Giải quyết tố cáo đối với đảng viên',
  DISCIPLINE_APPEAL: 'Giải quyết khiếu nại kỷ luật đảng',
};
const MEMBER_KINDS: InspectionKind[] = ['SIGNS_OF_VIOLATION', 'DENUNCIATION', 'DISCIPLINE_APPEAL'];

/** A concluded inspection: started on its planned day, concluded a month later; shortcomings leave a finding and a remedy, done. */
function concluded(
  by: string,
  kind: InspectionKind,
  start: string,
  subject: { org?: string; member?: string },
  shortcomings: boolean,
  responsible: string,
  title = TITLES[kind],
): InspectionSpec {
  const end = addDays(start, 30);
  const on = addDays(start, 38);
  return {
    by,
    kind,
    title,
    plannedStartOn: start,
    plannedEndOn: end,
    status: 'CONCLUDED',
    startedOn: start,
    concludedOn: on,
    outcome: shortcomings ? 'SHORTCOMINGS' : 'NO_VIOLATION',
    conclusion: shortcomings
      ? 'Cơ bản thực hiện đúng quy định; còn một số hạn chế, thiếu sót cần khắc phục.'
      : 'Thực hiện đúng quy định của Điều lệ Đảng và hướng dẫn của cấp trên.',
    orgs: subject.org ? [subject.org] : [],
    members: subject.member ? [subject.member] : [],
    findings: shortcomings
      ? [
          {
            text: 'Hồ sơ, biên bản chưa đầy đủ; việc theo dõi, đôn đốc thực hiện chưa thường xuyên.',
            severity: 'MINOR',
            ...subject,
          },
        ]
      : [],
    remedies: shortcomings
      ? [
          {
            action: 'Kiểm điểm, rút kinh nghiệm và bổ sung hồ sơ theo quy định.',
            responsible,
            dueOn: addDays(on, 60),
            completedOn: addDays(on, 45),
          },
        ]
      : [],
  };
}

/**
 * The year plans of Huyện Lâm Bình's inspection committee (of the district
 * committee, LB) and Thị trấn Lăng Can's (LB-LC) from 2021 to this year:
 * concluded supervisions and inspections of every kind, one cancelled each,
 * this year's under way and the coming ones planned. The disciplines and the
 * overdue remedy are the API's own work (discipline-cases.ts).
 */
export async function lamBinhInspections(
  m: EntityManager,
  ids: ReadonlyMap<string, string>,
  today: string,
): Promise<InspectionSpec[]> {
  const r = rng(2021296);
  const cellIds = [...ids].filter(([code]) => /^LB-[A-Z]{2}-\d\d$/.test(code)).map(([, id]) => id);
  const pools = await currentMembers(m, cellIds, '2020-12-31');
  const poolOf = (cell: string) => pools.get(ids.get(cell)!) ?? [];
  const taken = new Set<string>();
  const memberOf = (cells: readonly string[]) => {
    for (let tries = 0; tries < 50; tries++) {
      const pool = poolOf(r.pick(cells));
      const id = pool.length ? r.pick(pool) : undefined;
      if (id && !taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
    throw new Error('demo: no member left to inspect in Lâm Bình');
  };
  const lbCells = [...ids.keys()].filter((c) => /^LB-(?!LC)[A-Z]{2}-\d\d$/.test(c));
  const specs: InspectionSpec[] = [];
  YEARS.forEach((y, k) => {
    const commune = (j: number) => GRASSROOTS[(k * 3 + j) % GRASSROOTS.length];
    specs.push(concluded('LB', 'REGULAR_SUPERVISION', `${y}-03-10`, { org: commune(0) }, false, commune(0)));
    specs.push(concluded('LB', 'THEMATIC_SUPERVISION', `${y}-05-12`, { org: commune(1) }, true, commune(1)));
    const kind = DISTRICT_TURNS[k];
    const subject = MEMBER_KINDS.includes(kind) ? { member: memberOf(lbCells) } : { org: commune(2) };
    specs.push(concluded('LB', kind, `${y}-08-18`, subject, k % 2 === 0, commune(2)));
    // Lăng Can: a cell supervised with three of its members, a cell's dues, a member inspected
    const cell = LC_CELLS[(k * 5) % LC_CELLS.length];
    const supervision = concluded('LB-LC', 'REGULAR_SUPERVISION', `${y}-04-06`, { org: cell }, k % 2 === 1, cell);
    supervision.members = [memberOf([cell]), memberOf([cell]), memberOf([cell])];
    specs.push(supervision);
    const dues = LC_CELLS[(k * 5 + 2) % LC_CELLS.length];
    specs.push(concluded('LB-LC', 'PARTY_FINANCE', `${y}-09-14`, { org: dues }, true, dues));
    specs.push(
      concluded(
        'LB-LC',
        k % 2 ? 'THEMATIC_SUPERVISION' : 'SIGNS_OF_VIOLATION',
        `${y}-10-20`,
        {
          member: memberOf(LC_CELLS),
        },
        false,
        'LB-LC',
      ),
    );
  });
  const cancel = (s: InspectionSpec, on: string, reason: string): InspectionSpec => ({
    ...s,
    status: 'CANCELLED',
    startedOn: undefined,
    concludedOn: undefined,
    outcome: undefined,
    conclusion: undefined,
    findings: [],
    remedies: [],
    cancelledOn: on,
    cancelReason: reason,
  });
  specs.push(
    cancel(
      concluded('LB', 'THEMATIC_SUPERVISION', '2021-08-02', { org: 'LB-KH' }, false, 'LB-KH'),
      '2021-07-26',
      'Điều chỉnh kế hoạch do dịch COVID-19.',
    ),
    cancel(
      concluded('LB-LC', 'SIGNS_OF_VIOLATION', '2025-06-16', { member: memberOf(LC_CELLS) }, false, 'LB-LC'),
      '2025-06-20',
      'Đảng viên đã chuyển sinh hoạt đảng chính thức; chuyển hồ sơ cho cấp có thẩm quyền.',
    ),
  );
  // this year: concluded in the spring, one under way, the next ones planned
  const spring = addDays(today, -230);
  specs.push(concluded('LB', 'REGULAR_SUPERVISION', spring, { org: 'LB-PY' }, false, 'LB-PY'));
  specs.push(concluded('LB-LC', 'PARTY_FINANCE', addDays(spring, 14), { org: 'LB-LC-09' }, true, 'LB-LC-09'));
  const underWay = (
    by: string,
    kind: InspectionKind,
    subject: { orgs?: string[]; members?: string[] },
  ): InspectionSpec => ({
    by,
    kind,
    title: TITLES[kind],
    plannedStartOn: addDays(today, -25),
    plannedEndOn: addDays(today, 20),
    status: 'IN_PROGRESS' as const,
    startedOn: addDays(today, -21),
    ...subject,
  });
  const inProgress = underWay('LB', 'TASK_PERFORMANCE', { orgs: ['LB-TB'] });
  inProgress.findings = [{ text: 'Chưa xây dựng chương trình giám sát năm.', severity: 'MINOR', org: 'LB-TB' }];
  specs.push(inProgress, underWay('LB-LC', 'REGULAR_SUPERVISION', { orgs: ['LB-LC-11'] }));
  const planned = (by: string, kind: InspectionKind, days: number, orgs: string[]): InspectionSpec => ({
    by,
    kind,
    title: TITLES[kind],
    plannedStartOn: addDays(today, days),
    plannedEndOn: addDays(today, days + 30),
    status: 'PLANNED',
    orgs,
  });
  specs.push(
    planned('LB', 'PARTY_FINANCE', 12, ['LB-XL']),
    planned('LB', 'THEMATIC_SUPERVISION', 35, ['LB-HQ', 'LB-BA']),
    planned('LB-LC', 'PARTY_FINANCE', 20, ['LB-LC-14']),
  );
  return specs;
}
