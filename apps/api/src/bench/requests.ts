import type { client, Run } from './measure.js';

/**
 * The requests the benchmark measures, in the shapes the admin app sends
 * (apps/admin/src/features/members/members.documents.ts): a list row with
 * the member's cell and next badge, a profile with its history.
 */
type Gql = ReturnType<typeof client>;

const ROW = `id cardNumber fullName gender dateOfBirth ethnicity status admittedOn partyYears
  nextBadge { years dueOn ceremonyOn } exempt organization { id code name }`;

export const LIST = `query Members($filter: MemberFilter, $orderBy: MemberOrder, $first: Int, $after: String) {
  members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { ${ROW} } } pageInfo { hasNextPage endCursor } } }`;

export const LIST_COUNTED = `query Members($filter: MemberFilter, $orderBy: MemberOrder, $first: Int, $after: String) {
  members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { ${ROW} } } pageInfo { hasNextPage endCursor } } }`;

export const MEMBER = `query Member($id: ID!) { member(id: $id) {
  ${ROW} religion hometown generalEducation qualification theoryLevel officialOn probationEndsOn
  organization { id code name kind parent { id code name } }
  events { id kind on decisionNumber fromOrganization { id code name } toOrganization { id code name } note recordedAt recordedBy { id username displayName } } } }`;

export const ORGANIZATIONS = `query Orgs($filter: OrganizationFilter, $first: Int) {
  organizations(filter: $filter, first: $first) {
    totalCount edges { cursor node { id code name kind sector status memberCount } } pageInfo { hasNextPage endCursor } } }`;

export const CADRE_INDICATORS = `query Indicators($w: ID!, $on: LocalDate) { cadreIndicators(withinId: $w, asOf: $on) {
  grassrootsOrganizations secretariesPlaced nonLocalSecretaries secretaryAlsoChair villageCells
  cellSecretaryAlsoVillageHead villageHeadsNotMembers vacantSecretarySeats } }`;

/** The admin's statistics page (apps/admin/src/features/statistics). */
export const STATISTICS = `query Statistics($w: ID!, $on: LocalDate) { statistics(withinId: $w, asOf: $on) {
  organization { id name } asOf grassrootsOrganizations subordinateCells members probationaryMembers femaleShare
  ethnicMinorityShare membersByTheoryLevel { key count } membersByAgeBand { key count } admittedInTerm
  inspectedOrganizations inspectedMembers disciplinedMembers } }`;

export const INSPECTIONS = `query Inspections($filter: InspectionFilter, $first: Int, $after: String) {
  inspections(filter: $filter, first: $first, after: $after) { totalCount
    edges { cursor node { id code kind title status plannedStartOn plannedEndOn conductedBy { id code name }
      subjectOrganizations { id code name } } } pageInfo { hasNextPage endCursor } } }`;

/** features/ratings: a year's grade counts of a subtree. */
export const RATING_SUMMARY = `query($w: ID!, $y: Int!) { ratingSummary(withinId: $w, year: $y) {
  organizations { excellent good completed notCompleted unrated goodOrBetterShare excellentQuotaExceeded }
  members { excellent good completed notCompleted unrated goodOrBetterShare excellentQuotaExceeded } } }`;

export const NATIONAL_COUNT = `query { members(first: 1) { totalCount } }`;

export const SORTS = ['FULL_NAME', 'ADMITTED_ON', 'DATE_OF_BIRTH', 'CARD_NUMBER'] as const;

/** Name searches without diacritics, as people type them. */
export const SEARCHES = [
  'nguyen van',
  'hoang thi',
  'tran minh',
  'le thi hoa',
  'pham duc',
  'nguyen thi lan',
  'vu quang',
];

/** Targets of issue 6 item 7, p95 in ms. */
export const TARGETS = {
  list: 20,
  search: 50,
  member: 10,
  province: 50,
  national: 100,
  alerts: 100,
  indicators: 100,
  statistics: 100,
};
export const THROUGHPUT_TARGET = { rps: 400, p95: 150 };

export interface Scenario {
  name: string;
  target?: number;
  run: Run;
}

export interface Sessions {
  district: Gql;
  province: Gql;
  /** The province's inspection committee (DISTRICT_INSPECTOR bound to the province): every status. */
  inspector: Gql;
  admin: Gql;
  /** The province the province admin is bound to. */
  provinceId: string;
}

/** The endCursor after `pages` pages of the district list (the default sort). */
export async function deepCursor(gql: Gql, pages: number): Promise<string | null> {
  let after: string | null = null;
  for (let i = 0; i < pages; i++) {
    const d: { members: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(LIST, {
      first: 50,
      after,
    });
    if (!d.members.pageInfo.hasNextPage) break;
    after = d.members.pageInfo.endCursor;
  }
  return after;
}

/** The contract's alert list as the admin's inbox asks it ("show all" of a kind: the links by id). */
export const ALERTS = `query($w: ID!) { alerts(withinId: $w) { kind dueOn message member { id } organization { id } } }`;

/** The same with names: every alert's member and organisation read (one batch each). */
export const ALERTS_NAMED = `query($w: ID!) { alerts(withinId: $w) { kind dueOn message
  member { id fullName } organization { id name } } }`;

/** The admin home page's inbox (apps/admin/src/features/home): each kind's count and its first 8 alerts. */
export const ALERT_SUMMARY = `query($w: ID!) { alertSummary(withinId: $w, perKind: 8) {
  total groups { kind count alerts { kind message dueOn member { id } organization { id } } } } }`;

export function scenarios(
  s: Sessions,
  memberIds: string[],
  deep: string | null,
  deepPages: number,
  districtId?: string,
): Scenario[] {
  const list: Scenario[] = [];
  for (const field of SORTS) {
    const orderBy = field === 'FULL_NAME' ? undefined : { field, direction: 'ASC' };
    const label = field === 'FULL_NAME' ? 'default sort (FULL_NAME)' : field;
    list.push({
      name: `district list, ${label}`,
      target: TARGETS.list,
      run: () => s.district(LIST, { first: 50, orderBy }),
    });
    list.push({
      name: `district list, ${label}, genders FEMALE`,
      target: TARGETS.list,
      run: () => s.district(LIST, { first: 50, orderBy, filter: { genders: ['FEMALE'] } }),
    });
  }
  list.push({
    name: 'district list, ADMITTED_ON DESC, theory ELEMENTARY',
    target: TARGETS.list,
    run: () =>
      s.district(LIST, {
        first: 50,
        orderBy: { field: 'ADMITTED_ON', direction: 'DESC' },
        filter: { theoryLevels: ['ELEMENTARY'] },
      }),
  });
  list.push({
    name: 'district list with totalCount (admin page)',
    target: TARGETS.list,
    run: () => s.district(LIST_COUNTED, { first: 50 }),
  });
  list.push({
    name: `district list, page ${deepPages + 1} (after ${deepPages} endCursors)`,
    target: TARGETS.list,
    run: () => s.district(LIST, { first: 50, after: deep }),
  });
  list.push({
    name: 'district search by name',
    target: TARGETS.search,
    run: (i) => s.district(LIST, { first: 50, filter: { search: SEARCHES[i % SEARCHES.length] } }),
  });
  list.push({
    name: 'member(id) with history and cell',
    target: TARGETS.member,
    run: (i) => s.district(MEMBER, { id: memberIds[i % memberIds.length] }),
  });
  list.push({
    name: 'district organizations with memberCount',
    run: () => s.district(ORGANIZATIONS, { first: 50 }),
  });
  if (districtId)
    list.push({
      name: 'district alerts, the whole list (issue 8: at SCALE=province)',
      target: TARGETS.alerts,
      run: () => s.district(ALERTS, { w: districtId }),
    });
  if (districtId)
    list.push({
      name: 'district alerts, the whole list with member and organisation names',
      run: () => s.district(ALERTS_NAMED, { w: districtId }),
    });

  if (districtId)
    list.push({
      name: 'district alertSummary, 8 a kind (the home page)',
      target: TARGETS.alerts,
      run: () => s.district(ALERT_SUMMARY, { w: districtId }),
    });
  list.push({
    name: 'province list with totalCount',
    target: TARGETS.province,
    run: () => s.province(LIST_COUNTED, { first: 50 }),
  });
  list.push({
    name: 'province search by name with totalCount',
    run: (i) => s.province(LIST_COUNTED, { first: 50, filter: { search: SEARCHES[i % SEARCHES.length] } }),
  });
  list.push({
    name: 'province cadreIndicators (today, and as of dates back to 2021)',
    target: TARGETS.indicators,
    run: (i) => s.province(CADRE_INDICATORS, { w: s.provinceId, on: i % 2 ? null : `${2021 + (i % 5)}-06-30` }),
  });
  list.push({
    name: 'province ratingSummary (2021 to 2025)',
    target: TARGETS.indicators,
    run: (i) => s.province(RATING_SUMMARY, { w: s.provinceId, y: 2021 + (i % 5) }),
  });
  list.push({
    name: 'province statistics (today: the subtree counts)',
    target: TARGETS.statistics,
    run: () => s.province(STATISTICS, { w: s.provinceId }),
  });
  list.push({
    name: 'province statistics as of a past day (the member rows)',
    run: (i) => s.province(STATISTICS, { w: s.provinceId, on: `${2021 + (i % 5)}-12-31` }),
  });
  list.push({
    name: 'province inspections list (inspector, every status) with totalCount',
    target: TARGETS.province,
    run: (i) => s.inspector(INSPECTIONS, { first: 50, filter: i % 2 ? { year: 2021 + (i % 6) } : undefined }),
  });
  list.push({
    name: 'province inspections list (province admin: concluded ones) with totalCount',
    target: TARGETS.province,
    run: () => s.province(INSPECTIONS, { first: 50 }),
  });
  list.push({
    name: 'ADMIN national totalCount',
    target: TARGETS.national,
    run: () => s.admin(NATIONAL_COUNT),
  });
  return list;
}

/** What the concurrent clients request: the district list's first page in each offered sort, with and without a filter. */
export function concurrentRun(s: Sessions): Run {
  return (i) => {
    const field = SORTS[i % SORTS.length];
    const filter = (i >> 2) % 2 ? { genders: ['FEMALE'] } : undefined;
    return s.district(LIST, { first: 50, orderBy: { field, direction: 'ASC' }, filter });
  };
}
