import { can, GENDER_LABELS, MEMBER_STATUS_LABELS, QUALIFICATION_LABELS, THEORY_LEVEL_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { PageProps } from '../../app/feature';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate } from '../../shared/format';
import { None } from '../../shared/none';
import { MemberDisciplines } from '../inspections/discipline-list';
import { MemberRatings } from '../ratings/member-ratings';
import { type DecisionKind, MemberDecisionDialog } from './member-decision-dialog';
import { MemberEditDialog } from './member-edit-dialog';
import { MemberEvents } from './member-events';
import { MemberTransferDialog } from './member-transfer-dialog';
import { MemberQuery } from './members.documents';

type Action = DecisionKind | 'edit' | 'transfer' | null;

/** `/members/<id>`: personal data, party membership, history, and the actions the role may take. */
export function MemberProfilePage({ params }: PageProps) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const [action, setAction] = useState<Action>(null);
  const [{ data, error, fetching }] = useQuery({ query: MemberQuery, variables: { id: params.id } });
  const back = (
    <Link to="/members" className="small" data-testid="member-back">
      {t('backToMembers')}
    </Link>
  );
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  if (!data) return <p className="muted">{fetching ? t('loading') : ''}</p>;
  const m = data.member;
  if (!m) {
    return (
      <div className="page">
        {back}
        <p className="alert alert-error">{t('memberNotFound')}</p>
      </div>
    );
  }
  const writable = can(user.role, 'member:write');
  const current = m.status === 'PROBATIONARY' || m.status === 'OFFICIAL';
  const close = () => setAction(null);
  const button = (a: Exclude<Action, null>, testid: string, text: string, className = 'btn') => (
    <button type="button" className={className} data-testid={testid} onClick={() => setAction(a)}>
      {text}
    </button>
  );
  const value = (v: string | null | undefined) => v || t('none');

  return (
    <div className="page" data-testid="member-profile" data-member-id={m.id}>
      {back}
      <div className="page-header page-header-start">
        <h1 data-testid="member-name">{m.fullName}</h1>
        <span className={`badge badge-member-${m.status.toLowerCase()}`} data-testid="member-status">
          {l(MEMBER_STATUS_LABELS, m.status)}
        </span>
        {m.exempt ? <span className="badge badge-merged">{t('exemptBadge')}</span> : null}
      </div>
      {writable ? (
        <div className="button-row actions">
          {button('edit', 'member-edit', t('memberEdit'))}
          {current ? (
            <>
              {m.status === 'PROBATIONARY' ? button('recognise', 'member-recognise', t('recognise')) : null}
              {button('exemption', 'member-exemption', m.exempt ? t('exemptionEnd') : t('exemptionStart'))}
              {button('transfer', 'member-transfer', t('memberTransfer'))}
              {button('exit', 'member-exit', t('memberExit'), 'btn btn-danger-outline')}
            </>
          ) : null}
        </div>
      ) : null}
      <div className="profile-grid">
        <section className="panel">
          <h2>{t('personalInfo')}</h2>
          <dl className="facts">
            <dt>{t('fullName')}</dt>
            <dd>{m.fullName}</dd>
            <dt>{t('cardNumber')}</dt>
            <dd className="mono">{value(m.cardNumber)}</dd>
            <dt>{t('gender')}</dt>
            <dd>{l(GENDER_LABELS, m.gender)}</dd>
            <dt>{t('dateOfBirth')}</dt>
            <dd>{formatDate(m.dateOfBirth)}</dd>
            <dt>{t('ethnicity')}</dt>
            <dd>{m.ethnicity}</dd>
            <dt>{t('religion')}</dt>
            <dd>{value(m.religion)}</dd>
            <dt>{t('hometown')}</dt>
            <dd>{value(m.hometown)}</dd>
            <dt>{t('generalEducation')}</dt>
            <dd>{value(m.generalEducation)}</dd>
            <dt>{t('qualification')}</dt>
            <dd>{l(QUALIFICATION_LABELS, m.qualification)}</dd>
            <dt>{t('theoryLevel')}</dt>
            <dd>{l(THEORY_LEVEL_LABELS, m.theoryLevel)}</dd>
          </dl>
        </section>
        <section className="panel">
          <h2>{t('partyInfo')}</h2>
          <dl className="facts">
            <dt>{t('status')}</dt>
            <dd>{l(MEMBER_STATUS_LABELS, m.status)}</dd>
            <dt>{t('cell')}</dt>
            <dd>
              <Link to={`/organizations/${encodeURIComponent(m.organization.id)}`} data-testid="member-cell">
                {m.organization.name}
              </Link>{' '}
              <span className="mono muted">{m.organization.code}</span>
            </dd>
            <dt>{t('admittedOn')}</dt>
            <dd>{formatDate(m.admittedOn)}</dd>
            <dt>{t('probationEndsOn')}</dt>
            <dd>{formatDate(m.probationEndsOn)}</dd>
            <dt>{t('officialOn')}</dt>
            <dd>{formatDate(m.officialOn) || <None />}</dd>
            <dt>{t('partyYears')}</dt>
            <dd data-testid="member-party-years">{t('partyYearsValue', { n: m.partyYears })}</dd>
            <dt>{t('nextBadge')}</dt>
            <dd data-testid="member-next-badge">
              {m.nextBadge
                ? t('badgeValue', { years: m.nextBadge.years, date: formatDate(m.nextBadge.awardOn) })
                : t('none')}
              {m.nextBadge?.deferredUntil ? (
                <span className="muted" data-testid="member-badge-deferred">
                  {' '}
                  {t('badgeDeferred', { until: formatDate(m.nextBadge.deferredUntil) })}
                </span>
              ) : null}
            </dd>
            <dt>{t('exempt')}</dt>
            <dd>{m.exempt ? t('yes') : t('no')}</dd>
          </dl>
        </section>
      </div>
      {can(user.role, 'rating:read') ? <MemberRatings memberId={m.id} /> : null}
      {can(user.role, 'inspection:read') ? <MemberDisciplines memberId={m.id} /> : null}
      <MemberEvents events={m.events} />
      {action === 'edit' ? <MemberEditDialog member={m} onClose={close} /> : null}
      {action === 'recognise' || action === 'exemption' || action === 'exit' ? (
        <MemberDecisionDialog decision={action} member={m} onClose={close} />
      ) : null}
      {action === 'transfer' ? <MemberTransferDialog member={m} onClose={close} /> : null}
    </div>
  );
}
