import { can, ORGANIZATION_KIND_LABELS, RATED_KINDS } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { EntityPicker } from '../../shared/entity-picker';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { todayIso, yearOptions } from '../../shared/format';
import { Pager } from '../../shared/pager';
import { type KeysetSearch, useKeysetPages } from '../../shared/use-keyset-pages';
import { orgChoices } from '../organizations/org-choices';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { RateDialog } from './rate-dialog';
import { RatedCells, RatedTable } from './rated-table';
import { mayRateOrganization } from './rating-choices';
import { RatingSummaryPanel } from './rating-summary';
import { type RatedMember, RatingMembersQuery, RatingPlaceQuery, type RatingRow } from './ratings.documents';

type Target = Parameters<typeof RateDialog>[0]['target'] & { current: RatingRow | null };

const PAGE = 50;

/** The page's URL state: the organisation, the year (absent: this year) and the members' page. */
interface RatingsSearch extends KeysetSearch {
  within?: string;
  year?: number;
}
const thisYear = () => Number(todayIso().slice(0, 4));

/**
 * `/ratings`: a year's ratings (`?year=`, this year by default) of an
 * organisation (`?within=`, the caller's scope by default): the summary of
 * its subtree, its own rating and its cells', and its members', each rated
 * or rated again in a dialog by those who may.
 */
export function RatingsPage() {
  const { t, l } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { within?: unknown; year?: unknown; page?: unknown; after?: unknown };
  const withinParam = typeof search.within === 'string' && search.within ? search.within : undefined;
  const year = Number.isInteger(Number(search.year)) && Number(search.year) >= 1930 ? Number(search.year) : thisYear();
  const withinId = withinParam ?? user.scope?.id ?? null;
  // the members' page lives in the URL too (useKeysetPages); another organisation or year starts at page 1
  const url: RatingsSearch = {
    within: withinParam,
    year: year === thisYear() ? undefined : year,
    page: Number.isInteger(Number(search.page)) && Number(search.page) > 1 ? Number(search.page) : undefined,
    after: typeof search.after === 'string' && search.after ? search.after : undefined,
  };
  const setUrl = (next: RatingsSearch, replace: boolean) =>
    void navigate({ to: '/ratings', search: next as never, replace });
  const go = (next: { within?: string; year?: number }) =>
    setUrl({ within: next.within, year: next.year === thisYear() ? undefined : next.year }, true);
  const after = url.after ?? null;
  const [target, setTarget] = useState<Target | null>(null);
  const [named] = useQuery({ query: OrganizationQuery, variables: { id: withinParam ?? '' }, pause: !withinParam });
  const [place, refreshPlace] = useQuery({
    query: RatingPlaceQuery,
    variables: { id: withinId ?? '', year },
    pause: !withinId,
  });
  const [members, refreshMembers] = useQuery({
    query: RatingMembersQuery,
    variables: { within: withinId ?? '', first: PAGE, after },
    pause: !withinId,
  });
  const chosen = withinParam ? (named.data?.organization ?? null) : user.scope;
  const org = place.data?.organization ?? null;
  const ofYear = (ratings: readonly RatingRow[]) => ratings.find((r) => r.year === year) ?? null;
  const orgs = org ? [org, ...org.children].filter((o) => RATED_KINDS.includes(o.kind) && o.status === 'ACTIVE') : [];
  const memberRows = members.data?.members.edges.map((e) => e.node) ?? [];
  const { page, turn } = useKeysetPages(url, members.data?.members.pageInfo.endCursor, setUrl);
  const writes = can(user.role, 'rating:write');
  const error = place.error ?? members.error;

  function rateMember(m: RatedMember) {
    setTarget({
      memberId: m.id,
      name: m.fullName,
      subject: {
        kind: 'MEMBER',
        exempt: m.exempt,
        admittedOn: m.admittedOn,
        disciplinedOn: m.disciplines.map((d) => d.decidedOn),
      },
      current: ofYear(m.ratings),
    });
  }

  function closed(saved: boolean) {
    setTarget(null);
    if (!saved) return;
    refreshPlace({ requestPolicy: 'network-only' });
    refreshMembers({ requestPolicy: 'network-only' });
  }

  return (
    <div className="page ratings-page" data-testid="ratings-page">
      <div className="page-header">
        <h1>{t('ratingsTitle')}</h1>
      </div>
      <div className="filters filters-row">
        <div className="filter-group filter-wide">
          <span className="field-label">{t('ratingPlace')}</span>
          <EntityPicker
            name="withinId"
            source={orgChoices()}
            selected={chosen ? [chosen] : []}
            onChange={(picked) => {
              go({ within: picked[0]?.id, year });
            }}
          />
        </div>
        <label>
          {t('ratingYear')}
          <select
            id="f-year"
            data-testid="field-year"
            value={year}
            onChange={(e) => go({ within: withinParam, year: Number(e.target.value) })}
          >
            {yearOptions(thisYear(), 10, year).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {!withinId ? <p className="muted">{t('ratingPickPlace')}</p> : null}
      {place.data ? <RatingSummaryPanel summary={place.data.ratingSummary} /> : null}
      {orgs.length ? (
        <section className="panel" data-testid="rating-orgs">
          <h2>{t('ratingOrganizations')}</h2>
          <RatedTable heads={[t('ratingPlace')]}>
            {orgs.map((o) => {
              const current = ofYear(o.ratings);
              const rates = mayRateOrganization(user.role, user.scope?.id ?? null, o);
              const rate = () =>
                setTarget({ organizationId: o.id, name: o.name, subject: { kind: 'ORGANIZATION' }, current });
              return (
                <tr key={o.id} data-testid={`rating-org-${o.code}`}>
                  <td>
                    {o.name} <span className="muted small">{l(ORGANIZATION_KIND_LABELS, o.kind)}</span>
                  </td>
                  <RatedCells rating={current} testid={`rating-org-${o.code}`} onRate={rates ? rate : undefined} />
                </tr>
              );
            })}
          </RatedTable>
        </section>
      ) : null}
      {withinId ? (
        <section className="panel" data-testid="rating-members" aria-busy={members.fetching}>
          <h2>
            {t('ratingMembers')}{' '}
            {members.data ? (
              <span className="muted small">
                {t('ratingMembersCount', { n: members.data.members.totalCount ?? 0 })}
              </span>
            ) : null}
          </h2>
          <RatedTable heads={[t('ratingMembers'), t('ratingCell')]}>
            {memberRows.map((m) => (
              <tr key={m.id} data-testid="rating-member-row">
                <td>{m.fullName}</td>
                <td>{m.organization?.name}</td>
                <RatedCells
                  rating={ofYear(m.ratings)}
                  testid={`rating-member-${m.id}`}
                  onRate={writes ? () => rateMember(m) : undefined}
                />
              </tr>
            ))}
          </RatedTable>
          <Pager
            testid="rating-members"
            page={page}
            pageSize={PAGE}
            total={members.data?.members.totalCount ?? null}
            hasNext={!!members.data?.members.pageInfo.hasNextPage}
            busy={members.fetching}
            onPage={turn}
          />
        </section>
      ) : null}
      {target ? <RateDialog target={target} year={year} current={target.current} onClose={closed} /> : null}
    </div>
  );
}
