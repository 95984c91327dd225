import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { type DeskData, InspectorDeskQuery } from './inspections.documents';
import { inspectionPath, planPath } from './inspections-search';
import { StatusBadge } from './plan-table';

/** Open remedies of the concluded inspections that have one (the first 100 such inspections), soonest due first. */
export function remediesDue(data: DeskData) {
  return data.concluded.edges
    .flatMap((e) => e.node.remedies.filter((r) => r.status === 'OPEN').map((r) => ({ ...r, inspection: e.node })))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/**
 * The inspection committee's part of its home page: its open inspections
 * (planned and in progress) and the remedies still due, overdue first; the
 * alerts (REMEDY_OVERDUE among them) are the home page's.
 */
export function InspectorDesk({ withinId }: { withinId: string }) {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: InspectorDeskQuery, variables: { withinId } });
  const today = todayIso();
  const open = data?.open.edges.map((e) => e.node) ?? [];
  const due = data ? remediesDue(data) : [];
  return (
    <div className="inspector-desk" data-testid="inspector-desk" aria-busy={fetching}>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      <section className="card" data-testid="desk-open">
        <h2>
          {t('deskOpen')} {data ? <span className="tab-count">{data.open.totalCount}</span> : null}
        </h2>
        {data && open.length === 0 ? <p className="muted">{t('deskNoOpen')}</p> : null}
        <ul className="desk-list">
          {open.map((i) => (
            <li key={i.id} data-testid={`desk-inspection-${i.id}`}>
              <StatusBadge status={i.status} /> <Link to={inspectionPath(i.id)}>{i.title}</Link>
              <span className="muted small">
                {' '}
                · {i.code} · {formatDate(i.plannedStartOn)} – {formatDate(i.plannedEndOn)}
              </span>
            </li>
          ))}
        </ul>
        <Link to={planPath(new Date().getFullYear())} className="small" data-testid="desk-plan-link">
          {t('deskPlanLink')}
        </Link>
      </section>
      <section className="card" data-testid="desk-remedies">
        <h2>
          {t('deskRemedies')} {data ? <span className="tab-count">{due.length}</span> : null}
        </h2>
        {data && due.length === 0 ? <p className="muted">{t('deskNoRemedies')}</p> : null}
        <ul className="desk-list">
          {due.slice(0, 10).map((r) => (
            <li key={r.id} data-testid={`desk-remedy-${r.id}`} data-overdue={r.dueOn < today}>
              <Link to={inspectionPath(r.inspection.id)}>{r.action}</Link>
              <span className="muted small">
                {' '}
                · {r.responsible.name} · {r.inspection.code}
              </span>{' '}
              <span className={r.dueOn < today ? 'badge remedy-overdue' : 'muted small'}>
                {t('remedyDue', { date: formatDate(r.dueOn) })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
