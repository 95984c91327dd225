import type { EntityManager } from 'typeorm';

/**
 * Seed 000's leadership of Huyện Lâm Bình (2020–2025 term): all ten
 * grassroots committees' secretaries come from elsewhere (10/10 "không phải
 * người địa phương"), 6 of the 8 People's Committee chairs too, and in one
 * commune, Thượng Lâm, the secretary is also chair (đồng chí Ma Công Khâm,
 * Bí thư Đảng ủy, Chủ tịch UBND xã). Each holder is an official member of
 * the organisation led; the home communes are communes of the province.
 */
const COMMITTEES = ['LB-LC', 'LB-TL', 'LB-BA', 'LB-KH', 'LB-PY', 'LB-XL', 'LB-TB', 'LB-HQ', 'LB-QS', 'LB-CA'];
const COMMUNES = COMMITTEES.slice(0, 8);
/** Where each secretary comes from: another commune (the police and military committees are no commune). */
const SECRETARY_HOME: Record<string, string> = {
  'LB-LC': 'LB-TL',
  'LB-TL': 'LB-KH',
  'LB-BA': 'LB-LC',
  'LB-KH': 'LB-PY',
  'LB-PY': 'LB-XL',
  'LB-XL': 'LB-TB',
  'LB-TB': 'LB-HQ',
  'LB-HQ': 'LB-BA',
  'LB-QS': 'LB-LC',
  'LB-CA': 'LB-TL',
};
/** The chairs who are local (the two of eight); Thượng Lâm's chair is its secretary. */
const LOCAL_CHAIRS = new Set(['LB-BA', 'LB-HQ']);
export const SECRETARY_ALSO_CHAIR = 'LB-TL';
const TERM_START = '2020-10-15';

/** The official members of a committee's subtree, official by the term's start, oldest roll first. */
async function officials(m: EntityManager, path: string, n: number): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    `SELECT id FROM member WHERE org_path LIKE $1 AND status = 'OFFICIAL' AND official_on <= $2
      ORDER BY official_on, id LIMIT $3`,
    [`${path}%`, TERM_START, n],
  );
  if (rows.length < n) throw new Error(`the demo needs ${n} official members under ${path}`);
  return rows.map((r) => r.id);
}

async function cadre(m: EntityManager, memberId: string, homeId: string): Promise<string> {
  const [{ id }] = await m.query(
    `INSERT INTO cadre (member_id, full_name, search_text, gender, date_of_birth, theory_level, qualification, home_commune_id, org_path)
     VALUES ($1, '', '', 'MALE', '1900-01-01', 'NONE', 'NONE', $2, '') RETURNING id`,
    [memberId, homeId],
  );
  return id;
}

async function place(m: EntityManager, cadreId: string, orgId: string, position: string) {
  await m.query(
    `INSERT INTO placement (cadre_id, organization_id, position, mode, starts_on, search_text, org_path)
     VALUES ($1, $2, $3, 'ELECTED', $4, '', '')`,
    [cadreId, orgId, position, TERM_START],
  );
}

/** Inserts Lâm Bình's secretaries and People's Committee chairs (the database fills the copies and paths). */
export async function insertLamBinhCadres(m: EntityManager, ids: Map<string, string>): Promise<void> {
  const id = (code: string) => ids.get(code)!;
  for (const code of COMMITTEES) {
    const [{ path }] = await m.query('SELECT path FROM organization WHERE id = $1', [id(code)]);
    const [secretaryMember, chairMember] = await officials(m, path, 2);
    const secretary = await cadre(m, secretaryMember, id(SECRETARY_HOME[code]));
    await place(m, secretary, id(code), 'SECRETARY');
    if (!COMMUNES.includes(code)) continue;
    const chair =
      code === SECRETARY_ALSO_CHAIR
        ? secretary
        : await cadre(m, chairMember, LOCAL_CHAIRS.has(code) ? id(code) : id(SECRETARY_HOME[code]));
    await place(m, chair, id(code), 'PEOPLES_COMMITTEE_CHAIR');
  }
}
