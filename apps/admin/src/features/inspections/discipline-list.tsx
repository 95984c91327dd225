import { DISCIPLINE_FORM_LABELS } from '@dangvu/schema';
import { type CombinedError, useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { type DisciplineRow, MemberDisciplinesQuery, OrganizationDisciplinesQuery } from './inspections.documents';
import { inspectionPath } from './inspections-search';

/** "In force until 12/03/2027" (with whether it still is), or "does not lapse" for an expulsion or a dissolution. */
export function InForce({ until }: { until: string | null }) {
  const { t } = useI18n();
  if (until === null) return <span className="badge badge-inforce">{t('disciplineNoLapse')}</span>;
  const live = todayIso() <= until;
  return (
    <span className="nowrap">
      {formatDate(until)}{' '}
      <span className={live ? 'badge badge-inforce' : 'badge badge-lapsed'} data-testid="discipline-state">
        {live ? t('disciplineInForce') : t('disciplineLapsed')}
      </span>
    </span>
  );
}

/** Disciplines: the form, on whom (when asked), the decision, the reason, until when it is in force. */
export function DisciplineTable({ rows, showSubject }: { rows: readonly DisciplineRow[]; showSubject?: boolean }) {
  const { t, l } = useI18n();
  return (
    <table className="table table-compact discipline-table" data-testid="discipline-table">
      <thead>
        <tr>
          <th>{t('disciplineForm')}</th>
          {showSubject ? <th>{t('disciplineSubject')}</th> : null}
          <th>{t('disciplineDecision')}</th>
          <th>{t('disciplineReason')}</th>
          <th>{t('disciplineInForceUntil')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id} data-testid={`discipline-${d.id}`} data-form={d.form}>
            <td>
              <strong>{l(DISCIPLINE_FORM_LABELS, d.form)}</strong>
            </td>
            {showSubject ? (
              <td>
                {d.member ? (
                  <Link to={`/members/${encodeURIComponent(d.member.id)}`}>{d.member.fullName}</Link>
                ) : d.organization ? (
                  <Link to={`/organizations/${encodeURIComponent(d.organization.id)}`}>{d.organization.name}</Link>
                ) : null}
              </td>
            ) : null}
            <td>
              {formatDate(d.decidedOn)}
              {d.decisionNumber ? <span className="mono"> · {d.decisionNumber}</span> : null}
              <div className="muted small">
                {d.decidedBy.name}
                {d.inspection ? (
                  <>
                    {' · '}
                    <Link to={inspectionPath(d.inspection.id)}>{d.inspection.code}</Link>
                  </>
                ) : null}
              </div>
            </td>
            <td className="wrap-anywhere">{d.reason}</td>
            <td data-testid="discipline-until">
              <InForce until={d.inForceUntil} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DisciplinesPanel({
  rows,
  error,
  fetching,
}: {
  rows?: readonly DisciplineRow[];
  error?: CombinedError;
  fetching: boolean;
}) {
  const { t } = useI18n();
  return (
    <section className="panel disciplines-panel" data-testid="disciplines" aria-busy={fetching}>
      <h2>{t('disciplines')}</h2>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('disciplinesNone')}</p> : null}
      {rows && rows.length > 0 ? <DisciplineTable rows={rows} /> : null}
    </section>
  );
}

/** A member's disciplines, for the member profile. */
export function MemberDisciplines({ memberId }: { memberId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: MemberDisciplinesQuery, variables: { id: memberId } });
  return <DisciplinesPanel rows={data?.member?.disciplines} error={error} fetching={fetching} />;
}

/** An organisation's disciplines, for its page. */
export function OrganizationDisciplines({ organizationId }: { organizationId: string }) {
  const [{ data, error, fetching }] = useQuery({
    query: OrganizationDisciplinesQuery,
    variables: { id: organizationId },
  });
  return <DisciplinesPanel rows={data?.organization?.disciplines} error={error} fetching={fetching} />;
}
