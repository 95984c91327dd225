import { foldSearch, type TemporaryTransferPurpose } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { checkTemporaryPeriod } from '../features/members/transfer.rules.js';
import { addDays, addMonths } from '../graphql/dates.js';
import { TERM_2020, TERM_2025 } from './members.js';
import { NA_HANG_FIRST_CELL } from './na-hang-reform.js';
import { type EthnicGroup, ethnicName } from './names.js';
import { dateBetween, rng } from './random.js';

/**
 * Terms and targets (seed 000), candidates at every stage of the admission
 * pipeline, and a few transfers waiting for the receiving side.
 */
export async function insertDemoPipeline(
  m: EntityManager,
  ids: Map<string, string>,
  membersByCell: Map<string, string[]>,
  adminId: string,
  today: string,
) {
  const r = rng(19052025);
  const [t2020] = await m.query('INSERT INTO term (name, starts_on, ends_on) VALUES ($1,$2,$3) RETURNING id', [
    TERM_2020.name,
    TERM_2020.startsOn,
    TERM_2020.endsOn,
  ]);
  const [t2025] = await m.query('INSERT INTO term (name, starts_on, ends_on) VALUES ($1,$2,$3) RETURNING id', [
    TERM_2025.name,
    TERM_2025.startsOn,
    TERM_2025.endsOn,
  ]);
  const targets: [string, string, string, number][] = [
    ['LB-LC', t2020.id, 'NEW_MEMBERS', 50],
    ['LB-TL', t2020.id, 'NEW_MEMBERS', 25],
    ['LB', t2020.id, 'NEW_MEMBERS', 159],
    ['LB', t2020.id, 'ORGANIZATIONS_GOOD_OR_BETTER_PERCENT', 96],
    ['LB', t2020.id, 'MEMBERS_GOOD_OR_BETTER_PERCENT', 95],
    ['LB-LC', t2025.id, 'NEW_MEMBERS', 50],
    ['LB', t2025.id, 'NEW_MEMBERS', 300],
  ];
  for (const [code, term, metric, value] of targets) {
    await m.query('INSERT INTO target (organization_id, term_id, metric, target_value) VALUES ($1,$2,$3,$4)', [
      ids.get(code),
      term,
      metric,
      value,
    ]);
  }

  const stages: [string, number][] = [
    ['SOURCED', 6],
    ['TRAINED', 5],
    ['APPLIED', 4],
    ['VERIFIED', 3],
    ['REJECTED', 2],
  ];
  const cells = ['LB-LC-01', 'LB-LC-02', 'LB-LC-05', 'LB-TL-01', 'LB-TL-03', 'LB-BA-02'];
  for (const [stage, count] of stages) {
    for (let i = 0; i < count; i++) {
      const gender = r.chance(0.45) ? 'FEMALE' : 'MALE';
      const ethnicity = r.pick<EthnicGroup>(['Tày', 'Dao', 'Kinh', 'Mông']);
      const name = ethnicName(r, ethnicity, gender);
      const cell = cells[(i + count) % cells.length];
      const trained = stage !== 'SOURCED';
      const [c] = await m.query(
        `INSERT INTO candidate (full_name, search_text, gender, date_of_birth, ethnicity, organization_id, stage, awareness_course_on, note)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
        [
          name,
          foldSearch(name),
          gender,
          dateBetween(r, '1990-01-01', '2006-06-30'),
          ethnicity,
          ids.get(cell),
          stage,
          trained && stage !== 'REJECTED' ? dateBetween(r, '2025-03-01', '2026-06-30') : null,
          stage === 'REJECTED' ? 'Chưa đủ tiêu chuẩn' : null,
        ],
      );
      if (stage === 'APPLIED' || stage === 'VERIFIED') {
        const pool = membersByCell.get(ids.get(cell)!) ?? [];
        const officials: { id: string }[] = await m.query(
          `SELECT id FROM member WHERE id = ANY($1::uuid[]) AND status = 'OFFICIAL' ORDER BY admitted_on LIMIT 2`,
          [pool],
        );
        for (const s of officials)
          await m.query(
            `INSERT INTO candidate_sponsor (candidate_id, member_id, known_since) VALUES ($1, $2, current_date - interval '3 years')`,
            [c.id, s.id],
          );
      }
    }
  }

  await insertTemporaryTransfers(m, ids, adminId, today);

  // transfers waiting: Lăng Can → Thượng Lâm (the district decides), Na Hang → Lăng Can (Lăng Can decides),
  // between the cells as they stand after Na Hang's 2025 reform
  const waiting: [string, string][] = [
    ['LB-LC-04', 'LB-TL-02'],
    [NA_HANG_FIRST_CELL, 'LB-LC-01'],
    ['LB-KH-01', 'NH-TH-01'],
  ];
  for (const [from, to] of waiting) {
    const [member] = await m.query(
      `SELECT id FROM member WHERE organization_id = $1 AND status = 'OFFICIAL' ORDER BY admitted_on DESC LIMIT 1`,
      [ids.get(from)],
    );
    if (!member) continue;
    await m.query(
      `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status, reason, requested_by)
       VALUES ($1,$2,$3, current_date - 12, 'PENDING', 'Chuyển nơi cư trú', $4)`,
      [member.id, ids.get(from), ids.get(to), adminId],
    );
  }
}

/**
 * Sinh hoạt đảng tạm thời, accepted (the member stays on the home cell's
 * roll): a secondment to the district's People's Committee office ending in
 * 20 days (TEMPORARY_TRANSFER_ENDING on both sides), a Na Hang teacher
 * seconded to Lăng Can's school for the school year, a Bình An member at
 * university for 20 months (up to 24 for study), and one over in 2024. Each
 * period checked by the rule (TEMPORARY_PERIOD).
 */
async function insertTemporaryTransfers(m: EntityManager, ids: Map<string, string>, adminId: string, today: string) {
  const secondedOn = addMonths(today, -6);
  const schoolYear = addMonths(today, -3);
  const studyFrom = addMonths(today, -5);
  const temporary: [from: string, to: string, on: string, until: string, TemporaryTransferPurpose, string][] = [
    [
      'LB-LC-03',
      'LB-CQ-UB',
      secondedOn,
      addDays(today, 20),
      'WORK',
      'Biệt phái công tác tại Văn phòng HĐND và UBND huyện',
    ],
    ['TQ-NAH-02', 'LB-LC-12', schoolYear, addMonths(schoolYear, 9), 'WORK', 'Giáo viên biệt phái năm học'],
    ['LB-BA-02', 'LB-LC-06', studyFrom, addMonths(studyFrom, 20), 'STUDY', 'Học đại học hệ vừa làm vừa học'],
    ['LB-KH-01', 'LB-LC-01', '2024-02-01', '2024-09-30', 'OTHER', 'Chăm sóc bố mẹ già'],
  ];
  for (const [from, to, on, until, purpose, reason] of temporary) {
    const period = checkTemporaryPeriod(on, until, purpose);
    if (period) throw new Error(`demo: ${period.rule} ${from} → ${to}`);
    // a long-standing official member, not the one the waiting transfers take (the latest admitted)
    const [member] = await m.query(
      `SELECT id FROM member WHERE organization_id = $1 AND status = 'OFFICIAL' AND first_admitted_on IS NULL
        ORDER BY admitted_on, id LIMIT 1 OFFSET 2`,
      [ids.get(from)],
    );
    if (!member) throw new Error(`demo: no member in ${from}`);
    await m.query(
      `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status, reason,
                             requested_by, decided_by, decided_at, temporary, until, purpose)
       VALUES ($1,$2,$3,$4,'ACCEPTED',$5,$6,$6,$4::date + time '09:00',true,$7,$8)`,
      [member.id, ids.get(from), ids.get(to), on, reason, adminId, until, purpose],
    );
  }
}
