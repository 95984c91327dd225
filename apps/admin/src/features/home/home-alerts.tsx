import { ALERT_KIND_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import type { ResultOf } from '../../graphql';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate } from '../../shared/format';
import { meetingsPath } from '../meetings/cell-meetings-page';
import { HomeAlertsOfKindQuery, HomeAlertsQuery } from './home.documents';

type Group = ResultOf<typeof HomeAlertsQuery>['alertSummary']['groups'][number];
type Alert = Group['alerts'][number];

/** The record an alert is about: the member's profile, else the organisation (a cell's meetings for a missed meeting). */
function recordPath(alert: Alert): string | null {
  if (alert.organization && /_MEETING_MISSING$/.test(alert.kind)) return meetingsPath(alert.organization.id);
  if (alert.member) return `/members/${encodeURIComponent(alert.member.id)}`;
  if (alert.organization) return `/organizations/${encodeURIComponent(alert.organization.id)}`;
  return null;
}

/** Alerts shown per kind before "show all". */
const FIRST = 8;

/**
 * The alert inbox of a subtree, grouped by kind (in the order of ALERT_KINDS),
 * each alert linking to its record: each kind's count and its first alerts
 * (alertSummary); the rest of a kind when asked ("show all").
 */
export function HomeAlerts({ withinId }: { withinId: string }) {
  const { t, l } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: HomeAlertsQuery, variables: { withinId, perKind: FIRST } });
  const summary = data?.alertSummary;
  return (
    <section className="card home-alerts" data-testid="home-alerts" aria-busy={fetching}>
      <h2>
        {t('homeAlerts')} {summary ? <span className="tab-count">{summary.total}</span> : null}
      </h2>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {summary && summary.groups.length === 0 ? <p className="muted">{t('homeNoAlerts')}</p> : null}
      {summary?.groups.map((group) => (
        <AlertGroup key={group.kind} withinId={withinId} group={group} title={l(ALERT_KIND_LABELS, group.kind)} />
      ))}
    </section>
  );
}

function AlertGroup({ withinId, group, title }: { withinId: string; group: Group; title: string }) {
  const { t } = useI18n();
  const { kind } = group;
  const [all, setAll] = useState(false);
  const [rest] = useQuery({ query: HomeAlertsOfKindQuery, variables: { withinId, kinds: [kind] }, pause: !all });
  const items: Alert[] = all && rest.data ? rest.data.alerts : group.alerts;
  return (
    <details className="alert-group" data-testid={`alert-group-${kind}`} open aria-busy={rest.fetching}>
      <summary>
        <strong>{title}</strong> <span className="tab-count">{group.count}</span>
      </summary>
      {rest.error ? <ProblemBanner problem={readProblem(rest.error)} /> : null}
      <ul className="alert-list">
        {items.map((alert, i) => {
          const path = recordPath(alert);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: alerts have no id; the list is read-only
            <li key={i} className="alert-item" data-testid="alert-item" data-kind={alert.kind}>
              {path ? (
                <Link
                  to={path}
                  data-testid="alert-link"
                  title={alert.member ? t('homeOpenMember') : t('homeOpenOrganization')}
                >
                  {alert.message}
                </Link>
              ) : (
                <span>{alert.message}</span>
              )}
              {alert.dueOn ? (
                <span className="muted small"> · {t('homeDue', { date: formatDate(alert.dueOn) })}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {!all && group.count > group.alerts.length ? (
        <button type="button" className="btn btn-small" data-testid={`alert-more-${kind}`} onClick={() => setAll(true)}>
          {t('homeShowAll', { n: group.count })}
        </button>
      ) : null}
    </details>
  );
}
