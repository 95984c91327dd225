import { can, type OrganizationKind, POSITION_KIND_LABELS, type PositionKind, SEAT_POSITIONS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { PageProps } from '../../app/feature';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { Breadcrumbs } from '../../shared/breadcrumbs';
import { DateInput } from '../../shared/date-input';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { PlacementBadges } from './cadre-badges';
import { type Leadership, LeadershipQuery, type PlacementRow } from './cadres.documents';
import { cadrePath, leadershipPath } from './cadres-search';
import { EndPlacementDialog } from './end-placement-dialog';
import { PlaceDialog } from './place-dialog';
import { mayPlaceAt } from './placing';

type Holder = Leadership['placements'][number];
type Action = { kind: 'place'; position: PositionKind } | { kind: 'end'; holder: Holder } | null;

const CELL: readonly OrganizationKind[] = ['SUBORDINATE_CELL', 'GRASSROOTS_CELL'];
const CELL_POSTS: readonly PositionKind[] = ['SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER'];
const COMMITTEE_POSTS: readonly PositionKind[] = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'STANDING_COMMITTEE_MEMBER',
  'COMMITTEE_MEMBER',
  'INSPECTION_CHAIR',
  'INSPECTION_MEMBER',
];
const COMMUNE_POSTS: readonly PositionKind[] = ['PEOPLES_COMMITTEE_CHAIR', 'PEOPLES_COUNCIL_CHAIR', 'FRONT_CHAIR'];

/** The posts an organisation has: a cell's (with the village head at a village cell), a committee's, a commune's. */
export function postsOf(org: Pick<Leadership, 'kind' | 'sector'>): PositionKind[] {
  if (CELL.includes(org.kind)) {
    const village = org.sector === 'VILLAGE' || org.sector === 'RESIDENTIAL_GROUP';
    return [...CELL_POSTS, ...(village ? (['VILLAGE_HEAD'] as const) : [])];
  }
  const commune = ['COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE'].includes(org.sector);
  return [...COMMITTEE_POSTS, ...(commune ? COMMUNE_POSTS : [])];
}

/**
 * `/organizations/<id>/leadership`: the organisation's posts on a day (today
 * by default): each seat's holder or its vacancy, the posts with several
 * holders, and, where the role may place, placing and ending placements.
 */
export function OrgLeadershipPage({ params }: PageProps) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const [on, setOn] = useState(todayIso());
  const [action, setAction] = useState<Action>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: LeadershipQuery,
    variables: { id: params.id, on: on || null },
  });
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  if (!data) return <p className="muted">{fetching ? t('loading') : ''}</p>;
  const org = data.organization;
  if (!org) return <p className="alert alert-error">{t('orgNotFound')}</p>;
  const placing = can(user.role, 'cadre:write') && mayPlaceAt(user, org) && org.status === 'ACTIVE';
  const posts = postsOf(org);
  const others = org.placements.filter((p) => !posts.includes(p.position)).map((p) => p.position);
  const close = () => setAction(null);
  const saved = () => {
    close();
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <div className="page leadership" data-testid="leadership" data-org-code={org.code}>
      <Breadcrumbs ancestors={org.ancestors} pathOf={(a) => leadershipPath(a.id)}>
        <Link to={`/organizations/${encodeURIComponent(org.id)}`} data-testid="leadership-org">
          {org.name}
        </Link>
      </Breadcrumbs>
      <div className="page-header">
        <h1>{t('leadershipTitle', { name: org.name })}</h1>
        <label className="inline-label page-actions">
          {t('leadershipOn')}
          <DateInput name="on" value={on} onChange={(v) => setOn(v)} />
        </label>
      </div>
      <table className="table seats-table" data-testid="seats" aria-busy={fetching}>
        <thead>
          <tr>
            <th>{t('position')}</th>
            <th>{t('leadershipHolders')}</th>
            {placing ? <th className="col-actions">{t('actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {[...posts, ...new Set(others)].map((position) => {
            const holders = org.placements.filter((p) => p.position === position);
            const seat = SEAT_POSITIONS.includes(position);
            const vacant = holders.length === 0;
            return (
              <tr key={position} data-testid={`seat-${position}`} data-vacant={vacant}>
                <th scope="row">{l(POSITION_KIND_LABELS, position)}</th>
                <td>
                  {vacant ? (
                    <span className={seat ? 'badge badge-vacant' : 'muted'} data-testid="seat-vacant">
                      {seat ? t('vacant') : t('none')}
                    </span>
                  ) : null}
                  <ul className="post-list">
                    {holders.map((h) => (
                      <HolderLine
                        key={h.id}
                        holder={h}
                        onEnd={placing ? () => setAction({ kind: 'end', holder: h }) : undefined}
                      />
                    ))}
                  </ul>
                </td>
                {placing ? (
                  <td className="col-actions">
                    {!seat || vacant ? (
                      <button
                        type="button"
                        className="btn btn-small"
                        data-testid={`seat-place-${position}`}
                        onClick={() => setAction({ kind: 'place', position })}
                      >
                        {t('place')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {action?.kind === 'place' ? (
        <PlaceDialog organization={org} position={action.position} onClose={close} onSaved={saved} />
      ) : null}
      {action?.kind === 'end' ? (
        <EndPlacementDialog
          placement={action.holder as PlacementRow}
          cadre={action.holder.cadre}
          onClose={close}
          onSaved={saved}
        />
      ) : null}
    </div>
  );
}

function HolderLine({ holder, onEnd }: { holder: Holder; onEnd?: () => void }) {
  const { t } = useI18n();
  return (
    <li className="holder" data-testid={`holder-${holder.id}`}>
      <Link to={cadrePath(holder.cadre.id)} className="cadre-name">
        {holder.cadre.fullName}
      </Link>{' '}
      <span className="muted small">
        {t('since', { date: formatDate(holder.startsOn) })}
        {holder.endsOn ? ` – ${formatDate(holder.endsOn)}` : ''}
      </span>{' '}
      {holder.cadre.member ? null : <span className="badge badge-merged">{t('cadreNotMember')}</span>}
      <PlacementBadges placement={holder} />
      {onEnd && (holder.endsOn === null || holder.endsOn > todayIso()) ? (
        <button
          type="button"
          className="btn btn-small btn-danger-outline"
          data-testid={`placement-end-${holder.id}`}
          onClick={onEnd}
        >
          {t('endPlacement')}
        </button>
      ) : null}
    </li>
  );
}

/** The organisation page's link to its leadership tab (for the roles that read cadres). */
export function OrgLeadershipLink({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!can(user.role, 'cadre:read')) return null;
  return (
    <p className="org-leadership-link">
      <Link to={leadershipPath(orgId)} className="btn" data-testid="org-leadership-link">
        {t('leadershipLink')}
      </Link>
    </p>
  );
}
