import { CANDIDATE_STAGE_LABELS, type Role } from '@dangvu/schema';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { TargetProgress } from '../targets/target-progress';
import { HomeAdmittedQuery, HomeFiguresQuery, HomeTargetsQuery } from './home.documents';

const STAGES = ['sourced', 'trained', 'applied', 'verified'] as const;
const STAGE_OF = { sourced: 'SOURCED', trained: 'TRAINED', applied: 'APPLIED', verified: 'VERIFIED' } as const;

interface Related {
  id: string;
  ancestors: readonly { id: string }[];
}
/** The organisation is the subtree's root or lies under it. */
const within = (org: Related, rootId: string) => org.id === rootId || org.ancestors.some((a) => a.id === rootId);

function Figure({ label, testid, to, children }: { label: string; testid: string; to?: string; children: ReactNode }) {
  return (
    <div className="figure" data-testid={testid}>
      <dt>{label}</dt>
      <dd>{to ? <Link to={to}>{children}</Link> : children}</dd>
    </div>
  );
}

/** The subtree's key figures: members, probationary, admissions against the term's target, transfers, candidates. */
export function HomeFigures({ withinId, role }: { withinId: string; role: Role }) {
  const { t, l, lang } = useI18n();
  const n = (v: number) => v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const [{ data, error }] = useQuery({ query: HomeFiguresQuery, variables: { withinId } });
  const [targets] = useQuery({ query: HomeTargetsQuery, variables: { withinId } });
  const today = todayIso();
  const term = data?.terms.find((x) => x.startsOn <= today && today <= x.endsOn) ?? null;
  const target = targets.data?.targets.find((x) => x.metric === 'NEW_MEMBERS' && x.term.id === term?.id) ?? null;
  const [admitted] = useQuery({
    query: HomeAdmittedQuery,
    variables: { withinId, from: term?.startsOn ?? today, to: term?.endsOn ?? today },
    pause: !term || Boolean(target) || targets.fetching,
  });
  const transfers = data?.transfers ?? [];
  const incoming = transfers.filter((x) => within(x.toOrganization, withinId)).length;
  const outgoing = transfers.filter(
    (x) => within(x.fromOrganization, withinId) && !within(x.toOrganization, withinId),
  ).length;
  const subtree = `within=${encodeURIComponent(withinId)}`;
  const admin = role === 'DISTRICT_ADMIN' || role === 'COMMUNE_ADMIN' || role === 'ADMIN';
  return (
    <section className="card home-figures" data-testid="home-figures">
      <h2>
        {t('homeFigures')}
        {term ? <span className="muted small"> · {term.name}</span> : null}
      </h2>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {data ? (
        <dl className="figures">
          <Figure label={t('homeCurrent')} testid="figure-current" to={`/members?${subtree}`}>
            {n(data.current.totalCount)}
          </Figure>
          <Figure
            label={t('homeProbationary')}
            testid="figure-probationary"
            to={`/members?${subtree}&statuses=PROBATIONARY`}
          >
            {n(data.probationary.totalCount)}
          </Figure>
          {admin ? null : (
            <Figure label={t('homeOrganizations')} testid="figure-organizations" to={`/organizations/${withinId}`}>
              {n(data.organizations.totalCount)}
            </Figure>
          )}
          <Figure label={t('homeTransfersIn')} testid="figure-transfers-in" to="/transfers">
            {n(incoming)}
          </Figure>
          <Figure label={t('homeTransfersOut')} testid="figure-transfers-out" to="/transfers">
            {n(outgoing)}
          </Figure>
          <div className="figure figure-wide" data-testid="figure-admitted">
            <dt>{t('homeAdmitted')}</dt>
            <dd>
              {!term ? (
                <span className="muted">{t('homeNoTerm')}</span>
              ) : target ? (
                <TargetProgress
                  metric="NEW_MEMBERS"
                  target={target.targetValue}
                  achieved={target.achievedValue}
                  ratio={target.ratio}
                />
              ) : admitted.data ? (
                t('homeNoTarget', { n: n(admitted.data.members.totalCount) })
              ) : (
                <span className="muted">{t('loading')}</span>
              )}
            </dd>
          </div>
          <div className="figure figure-wide" data-testid="figure-candidates">
            <dt>{t('homeCandidates')}</dt>
            <dd>
              <ul className="stage-counts">
                {STAGES.map((stage) => (
                  <li key={stage} data-testid={`figure-stage-${STAGE_OF[stage]}`}>
                    <Link to="/candidates">
                      <span className="muted">{l(CANDIDATE_STAGE_LABELS, STAGE_OF[stage])}</span>{' '}
                      <strong>{n(data[stage].totalCount)}</strong>
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
