import type { InspectionKind } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { addDays } from '../graphql/dates.js';
import { currentMembers, type InspectionSpec } from './inspection-rows.js';
import { VAN_KHANH } from './van-khanh.js';

/**
 * Seed 004's 2023 record: "Năm 2023, Cấp ủy, ủy ban kiểm tra, chi bộ đã
 * kiểm tra, giám sát được 6 tổ chức đảng và 69 đảng viên. Qua đó, đã chỉ ra
 * những hạn chế, thiếu sót và nguyên nhân …". Subjects, all distinct: the
 * Party committee supervises three hamlet cells, the school's cell (the
 * year's topic on Hồ Chí Minh's example, Kết luận 01-KL/TW) and its own 13
 * committee members; its inspection committee inspects the health station's
 * dues, the police cell's inspection work and two members on signs of
 * violation; each of the 12 cells supervises 4 or 5 of its members (54).
 * All concluded, shortcomings named and remedied.
 */
export const VAN_KHANH_2023 = { organizations: 6, members: 69 };

const cell = (n: number) => `${VAN_KHANH.code}-${String(n).padStart(2, '0')}`;
/** Members each cell supervises: the six hamlets five, the agencies and units four. */
const CELL_SUPERVISED = [5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4];
/** The Party committee's members (đảng ủy viên), by cell: Đảng - Đoàn thể, Chính quyền, the school. */
const COMMITTEE_MEMBERS: [cell: number, n: number][] = [
  [7, 5],
  [8, 5],
  [12, 3],
];

function spec(
  by: string,
  kind: InspectionKind,
  title: string,
  start: string,
  subjects: { orgs?: string[]; members?: string[] },
  shortcoming?: { text: string; responsible: string; org?: string; member?: string },
): InspectionSpec {
  const on = addDays(start, 40);
  return {
    by,
    kind,
    title,
    plannedStartOn: start,
    plannedEndOn: addDays(start, 30),
    status: 'CONCLUDED',
    startedOn: start,
    concludedOn: on,
    outcome: shortcoming ? 'SHORTCOMINGS' : 'NO_VIOLATION',
    conclusion: shortcoming
      ? 'Chỉ ra những hạn chế, thiếu sót và nguyên nhân; đề nghị xây dựng giải pháp khắc phục.'
      : 'Chấp hành tốt Điều lệ Đảng, nghị quyết, quy định của Đảng và nhiệm vụ được phân công.',
    ...subjects,
    findings: shortcoming
      ? [{ text: shortcoming.text, severity: 'MINOR', org: shortcoming.org, member: shortcoming.member }]
      : [],
    remedies: shortcoming
      ? [
          {
            action: 'Xây dựng và thực hiện giải pháp khắc phục hạn chế, thiếu sót.',
            responsible: shortcoming.responsible,
            dueOn: addDays(on, 45),
            completedOn: addDays(on, 30),
          },
        ]
      : [],
  };
}

/** Xã Vân Khánh's supervisions and inspections of 2023. */
export async function vanKhanhInspections(
  m: EntityManager,
  ids: ReadonlyMap<string, string>,
): Promise<InspectionSpec[]> {
  const pools = await currentMembers(
    m,
    CELL_SUPERVISED.map((_, i) => ids.get(cell(i + 1))!),
    '2022-12-31',
  );
  const taken = new Set<string>();
  const take = (n: number, count: number) => {
    const pool = (pools.get(ids.get(cell(n))!) ?? []).filter((id) => !taken.has(id));
    if (pool.length < count) throw new Error(`demo: Vân Khánh's cell ${n} has too few members to supervise`);
    // spread over the roll rather than its first rows
    const picked = Array.from({ length: count }, (_, k) => pool[Math.floor(((k + 0.5) * pool.length) / count)]);
    for (const id of picked) taken.add(id);
    return picked;
  };
  const vk = VAN_KHANH.code;
  const committee = COMMITTEE_MEMBERS.flatMap(([n, count]) => take(n, count));
  const suspects = [take(1, 1)[0], take(4, 1)[0]];
  const specs: InspectionSpec[] = [
    spec(
      vk,
      'REGULAR_SUPERVISION',
      'Giám sát thường xuyên việc lãnh đạo thực hiện nghị quyết của các chi bộ ấp',
      '2023-03-06',
      { orgs: [cell(1), cell(2), cell(3)] },
      { text: 'Sinh hoạt chuyên đề chưa đều; nội dung sinh hoạt còn chung chung.', responsible: cell(3), org: cell(3) },
    ),
    spec(
      vk,
      'THEMATIC_SUPERVISION',
      'Giám sát chuyên đề năm 2023 học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      '2023-05-15',
      { orgs: [cell(12)] },
    ),
    spec(
      vk,
      'PARTY_FINANCE',
      'Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí năm 2022',
      '2023-04-10',
      { orgs: [cell(11)] },
      { text: 'Sổ thu đảng phí ghi chưa kịp thời.', responsible: cell(11), org: cell(11) },
    ),
    spec(vk, 'TASK_PERFORMANCE', 'Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của chi bộ', '2023-08-07', {
      orgs: [cell(10)],
    }),
    spec(vk, 'REGULAR_SUPERVISION', 'Giám sát đảng ủy viên thực hiện nhiệm vụ được phân công năm 2023', '2023-06-05', {
      members: committee,
    }),
    spec(
      vk,
      'SIGNS_OF_VIOLATION',
      'Kiểm tra đảng viên khi có dấu hiệu vi phạm trong thực hiện chính sách đất đai',
      '2023-07-03',
      { members: [suspects[0]] },
      { text: 'Chưa gương mẫu trong kê khai, đăng ký đất đai.', responsible: cell(1), member: suspects[0] },
    ),
    spec(vk, 'SIGNS_OF_VIOLATION', 'Kiểm tra đảng viên khi có dấu hiệu vi phạm về sinh hoạt đảng', '2023-09-11', {
      members: [suspects[1]],
    }),
    ...CELL_SUPERVISED.map((count, i) =>
      spec(
        cell(i + 1),
        'REGULAR_SUPERVISION',
        'Chi bộ giám sát đảng viên chấp hành Điều lệ Đảng và nhiệm vụ được phân công năm 2023',
        `2023-10-${String(2 + i).padStart(2, '0')}`,
        { members: take(i + 1, count) },
        i % 4 === 1
          ? { text: 'Đảng viên chưa thực hiện đầy đủ kế hoạch làm theo Bác đã đăng ký.', responsible: cell(i + 1) }
          : undefined,
      ),
    ),
  ];
  const members = new Set(specs.flatMap((s) => s.members ?? []));
  const orgs = new Set(specs.flatMap((s) => s.orgs ?? []));
  if (members.size !== VAN_KHANH_2023.members || orgs.size !== VAN_KHANH_2023.organizations)
    throw new Error(`demo: Vân Khánh's 2023 names ${orgs.size} organisations and ${members.size} members`);
  return specs;
}
