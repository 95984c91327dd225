import { can, GENDER_LABELS, MEMBER_STATUS_LABELS, QUALIFICATION_LABELS, THEORY_LEVEL_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { PageProps } from '../../app/feature';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { CadreEditDialog } from './cadre-edit-dialog';
import { CadreTimeline, heldOn } from './cadre-timeline';
import { CadreQuery, type PlacementRow } from './cadres.documents';
import { EndPlacementDialog } from './end-placement-dialog';
import { PlaceDialog } from './place-dialog';

type Action = { kind: 'edit' } | { kind: 'place' } | { kind: 'end'; placement: PlacementRow } | null;

/** `/cadres/<id>`: who the cadre is, where from, the placement history as a timeline, and what the role may do. */
export function CadreProfilePage({ params }: PageProps) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const [action, setAction] = useState<Action>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: CadreQuery, variables: { id: params.id } });
  const back = (
    <Link to="/cadres" className="small" data-testid="cadre-back">
      {t('backToCadres')}
    </Link>
  );
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  if (!data) return <p className="muted">{fetching ? t('loading') : ''}</p>;
  const c = data.cadre;
  if (!c) {
    return (
      <div className="page">
        {back}
        <p className="alert alert-error">{t('cadreNotFound')}</p>
      </div>
    );
  }
  const writable = can(user.role, 'cadre:write');
  const close = () => setAction(null);
  const saved = () => {
    close();
    reexecute({ requestPolicy: 'network-only' });
  };
  const today = todayIso();
  const current = c.placements.filter((p) => heldOn(p, today));

  return (
    <div className="page" data-testid="cadre-profile" data-cadre-id={c.id}>
      {back}
      <div className="page-header page-header-start">
        <h1 data-testid="cadre-name">{c.fullName}</h1>
        {c.member ? (
          <span className={`badge badge-member-${c.member.status.toLowerCase()}`}>
            {l(MEMBER_STATUS_LABELS, c.member.status)}
          </span>
        ) : (
          <span className="badge badge-merged">{t('cadreNotMember')}</span>
        )}
        {current.some((p) => p.concurrent) ? (
          <span className="badge badge-concurrent" data-testid="cadre-badge-concurrent">
            {t('concurrent')}
          </span>
        ) : null}
        {current.some((p) => !p.local) ? (
          <span className="badge badge-nonlocal" data-testid="cadre-badge-nonlocal">
            {t('nonLocal')}
          </span>
        ) : null}
      </div>
      {writable ? (
        <div className="button-row actions">
          <button type="button" className="btn" data-testid="cadre-edit" onClick={() => setAction({ kind: 'edit' })}>
            {t('cadreEdit')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="cadre-place"
            onClick={() => setAction({ kind: 'place' })}
          >
            {t('place')}
          </button>
        </div>
      ) : null}
      <div className="profile-grid">
        <section className="panel">
          <h2>{t('personalInfo')}</h2>
          <dl className="facts">
            <dt>{t('fullName')}</dt>
            <dd>{c.fullName}</dd>
            <dt>{t('gender')}</dt>
            <dd>{l(GENDER_LABELS, c.gender)}</dd>
            <dt>{t('dateOfBirth')}</dt>
            <dd>{formatDate(c.dateOfBirth)}</dd>
            <dt>{t('theoryLevel')}</dt>
            <dd>{l(THEORY_LEVEL_LABELS, c.theoryLevel)}</dd>
            <dt>{t('qualification')}</dt>
            <dd>{l(QUALIFICATION_LABELS, c.qualification)}</dd>
            <dt>{t('cadreHomeCommune')}</dt>
            <dd data-testid="cadre-home">
              {c.homeCommune ? (
                <>
                  {c.homeCommune.name} <span className="mono muted">{c.homeCommune.code}</span>
                </>
              ) : (
                t('none')
              )}
            </dd>
            <dt>{t('cadreMember')}</dt>
            <dd data-testid="cadre-member">
              {c.member ? (
                <>
                  <Link to={`/members/${encodeURIComponent(c.member.id)}`}>{c.member.fullName}</Link>
                  {' · '}
                  <span className="muted">{c.member.organization.name}</span>
                </>
              ) : (
                t('cadreNotMember')
              )}
            </dd>
          </dl>
        </section>
        <CadreTimeline
          placements={c.placements}
          onEnd={writable ? (placement) => setAction({ kind: 'end', placement }) : undefined}
        />
      </div>
      {action?.kind === 'edit' ? <CadreEditDialog cadre={c} onClose={saved} /> : null}
      {action?.kind === 'place' ? <PlaceDialog cadre={c} onClose={close} onSaved={saved} /> : null}
      {action?.kind === 'end' ? (
        <EndPlacementDialog placement={action.placement} cadre={c} onClose={close} onSaved={saved} />
      ) : null}
    </div>
  );
}
