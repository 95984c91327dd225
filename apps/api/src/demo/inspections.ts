import type { EntityManager } from 'typeorm';
import { insertDisciplineCases } from './discipline-cases.js';
import { insertInspections, syncCounters } from './inspection-rows.js';
import { lamBinhInspections } from './lam-binh-inspections.js';
import { LAO_CAI } from './lao-cai.js';
import { insertLaoCaiInspections } from './lao-cai-inspections.js';
import { vanKhanhInspections } from './van-khanh-inspections.js';

/**
 * The inspection committees' work (features/inspections): Lâm Bình's and
 * Lăng Can's year plans from 2021 and Vân Khánh's 2023 record in one
 * statement per table, Lào Cai's committees in five; the code counters then
 * follow the last codes, and Lâm Bình's two discipline cases go through the
 * API's own operations (which take the next codes).
 */
export async function insertDemoInspections(
  m: EntityManager,
  ids: Map<string, string>,
  adminId: string,
  today: string,
): Promise<void> {
  const specs = [...(await lamBinhInspections(m, ids, today)), ...(await vanKhanhInspections(m, ids))];
  await insertInspections(m, ids, specs);
  await insertLaoCaiInspections(m, ids.get(LAO_CAI.code)!, today);
  await syncCounters(m);
  await insertDisciplineCases(m, ids, adminId, today);
}
