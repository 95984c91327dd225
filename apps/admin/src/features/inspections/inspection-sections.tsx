import { FINDING_SEVERITY_LABELS, MEMBER_STATUS_LABELS, REMEDY_STATUS_LABELS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { formatDate, formatDateTime, todayIso } from '../../shared/format';
import type { InspectionDetail } from './inspections.documents';

const memberPath = (id: string) => `/members/${encodeURIComponent(id)}`;
const orgPath = (id: string) => `/organizations/${encodeURIComponent(id)}`;

/** The organisations and members the inspection is about. */
export function SubjectsPanel({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, l } = useI18n();
  return (
    <section className="panel" data-testid="inspection-subjects">
      <h2>{t('inspectionSubjects')}</h2>
      {i.subjectOrganizations.length ? (
        <>
          <h3 className="small muted">{t('inspectionSubjectOrgs')}</h3>
          <ul className="subject-list">
            {i.subjectOrganizations.map((o) => (
              <li key={o.id} data-testid={`subject-org-${o.code}`}>
                <Link to={orgPath(o.id)}>{o.name}</Link> <span className="mono muted">{o.code}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {i.subjectMembers.length ? (
        <>
          <h3 className="small muted">{t('inspectionSubjectMembers')}</h3>
          <ul className="subject-list">
            {i.subjectMembers.map((m) => (
              <li key={m.id} data-testid={`subject-member-${m.id}`}>
                <Link to={memberPath(m.id)}>{m.fullName}</Link>{' '}
                <span className="muted small">
                  {l(MEMBER_STATUS_LABELS, m.status)} · {m.organization.name}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** What the inspection found, in the order recorded, each about its subject when it concerns one. */
export function FindingsList({ findings }: { findings: InspectionDetail['findings'] }) {
  const { t, l } = useI18n();
  return (
    <section className="panel" data-testid="inspection-findings">
      <h2>
        {t('findings')} <span className="tab-count">{findings.length}</span>
      </h2>
      {findings.length === 0 ? <p className="muted">{t('findingsNone')}</p> : null}
      <ol className="finding-list">
        {findings.map((f) => (
          <li key={f.id} className="finding" data-testid={`finding-${f.id}`} data-severity={f.severity}>
            <div>
              <span className={`badge severity-${f.severity.toLowerCase()}`}>
                {l(FINDING_SEVERITY_LABELS, f.severity)}
              </span>{' '}
              {f.member ? (
                <Link to={memberPath(f.member.id)}>{f.member.fullName}</Link>
              ) : f.organization ? (
                <Link to={orgPath(f.organization.id)}>{f.organization.name}</Link>
              ) : (
                <span className="muted">{t('findingWhole')}</span>
              )}
              <span className="muted small"> · {formatDateTime(f.recordedAt)}</span>
            </div>
            <p className="pre-wrap finding-text">{f.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

interface RemediesProps {
  remedies: InspectionDetail['remedies'];
  mayComplete: boolean;
  onComplete: (remedyId: string) => void;
}

/** The remedies of the conclusion: who, by when, done or not (overdue when open past the day). */
export function RemediesTable({ remedies, mayComplete, onComplete }: RemediesProps) {
  const { t, l } = useI18n();
  const today = todayIso();
  return (
    <>
      <h3>{t('remedies')}</h3>
      {remedies.length === 0 ? <p className="muted">{t('remediesNone')}</p> : null}
      {remedies.length ? (
        <table className="table table-compact remedies-table" data-testid="remedies-table">
          <thead>
            <tr>
              <th>{t('remedyAction')}</th>
              <th>{t('remedyResponsible')}</th>
              <th>{t('remedyDueOn')}</th>
              <th>{t('status')}</th>
              {mayComplete ? <th aria-label={t('actions')} /> : null}
            </tr>
          </thead>
          <tbody>
            {remedies.map((r) => {
              const overdue = r.status === 'OPEN' && r.dueOn < today;
              return (
                <tr key={r.id} data-testid={`remedy-${r.id}`} data-status={r.status} data-overdue={overdue}>
                  <td className="wrap-anywhere">{r.action}</td>
                  <td>{r.responsible.name}</td>
                  <td className="nowrap">{formatDate(r.dueOn)}</td>
                  <td>
                    <span className={`badge remedy-${overdue ? 'overdue' : r.status.toLowerCase()}`}>
                      {overdue ? t('remedyOverdue') : l(REMEDY_STATUS_LABELS, r.status)}
                    </span>
                    {r.completedOn ? <span className="muted small"> {formatDate(r.completedOn)}</span> : null}
                  </td>
                  {mayComplete ? (
                    <td className="col-actions">
                      {r.status === 'OPEN' ? (
                        <button
                          type="button"
                          className="btn btn-small"
                          data-testid={`remedy-complete-${r.id}`}
                          onClick={() => onComplete(r.id)}
                        >
                          {t('remedyComplete')}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
