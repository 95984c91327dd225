import { foldSearch } from '@dangvu/schema';
import type { DataSource } from 'typeorm';
import { type OrgRow, uniq } from './harness.js';

/** Test data for the cadres feature, inserted directly (not under test); the database's triggers fill the copies. */

/** A cadre: of a member, or a person kept by `owner` who is not a member. */
export async function makeCadre(
  ds: DataSource,
  of: { memberId: string } | { owner: OrgRow; fullName?: string },
  home?: OrgRow | null,
): Promise<string> {
  const fullName = 'owner' in of ? (of.fullName ?? `Người ${uniq('')}`) : '';
  const [{ id }] = await ds.query(
    `INSERT INTO cadre (member_id, owner_id, full_name, search_text, gender, date_of_birth, theory_level, qualification, home_commune_id, org_path)
     VALUES ($1, $2, $3, $4, 'MALE', '1975-01-01', 'NONE', 'NONE', $5, '') RETURNING id`,
    [
      'memberId' in of ? of.memberId : null,
      'owner' in of ? of.owner.id : null,
      fullName,
      foldSearch(fullName),
      home?.id ?? null,
    ],
  );
  return id;
}

/** A placement, from startsOn up to (not including) endsOn. */
export async function makePlacement(
  ds: DataSource,
  cadreId: string,
  org: OrgRow,
  position: string,
  startsOn = '2020-01-01',
  endsOn: string | null = null,
): Promise<string> {
  const [{ id }] = await ds.query(
    `INSERT INTO placement (cadre_id, organization_id, position, mode, starts_on, ends_on, search_text, org_path)
     VALUES ($1, $2, $3, 'ELECTED', $4, $5, '', '') RETURNING id`,
    [cadreId, org.id, position, startsOn, endsOn],
  );
  return id;
}

export const PLACE = `mutation($i: PlaceCadreInput!) { placeCadre(input: $i) { id position startsOn endsOn concurrent local version
  cadre { id fullName } organization { id } } }`;
export const END = `mutation($i: EndPlacementInput!) { endPlacement(input: $i) { id endsOn version } }`;
export const CREATE = `mutation($i: CreateCadreInput!) { createCadre(input: $i) { id fullName gender dateOfBirth theoryLevel qualification version
  member { id } homeCommune { id code name establishedOn memberCount } } }`;
