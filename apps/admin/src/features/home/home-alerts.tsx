import { ALERT_KIND_LABELS, ALERT_KINDS, type AlertKind } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import type { ResultOf } from '../../graphql';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate } from '../../shared/format';
import { HomeAlertsQuery } from './home.documents';

type Alert = ResultOf<typeof HomeAlertsQuery>['alerts'][number];

/** The record an alert is about: the member's profile, else the organisation. */
function recordPath(alert: Alert): string | null {
  if (alert.member) return `/members/${encodeURIComponent(alert.member.id)}`;
  if (alert.organization) return `/organizations/${encodeURIComponent(alert.organization.id)}`;
  return null;
}

/** The alert inbox of a subtree, grouped by kind (in the order of ALERT_KINDS), each alert linking to its record. */
export function HomeAlerts({ withinId }: { withinId: string }) {
  const { t, l } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: HomeAlertsQuery, variables: { withinId } });
  const alerts = data?.alerts ?? [];
  const groups = ALERT_KINDS.map((kind) => ({ kind, items: alerts.filter((a) => a.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <section className="card home-alerts" data-testid="home-alerts" aria-busy={fetching}>
      <h2>
        {t('homeAlerts')} {data ? <span className="tab-count">{alerts.length}</span> : null}
      </h2>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {data && groups.length === 0 ? <p className="muted">{t('homeNoAlerts')}</p> : null}
      {groups.map(({ kind, items }) => (
        <AlertGroup key={kind} kind={kind} title={l(ALERT_KIND_LABELS, kind)} items={items} />
      ))}
    </section>
  );
}

/** Alerts shown per kind before "show all". */
const FIRST = 8;

function AlertGroup({ kind, title, items }: { kind: AlertKind; title: string; items: Alert[] }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  return (
    <details className="alert-group" data-testid={`alert-group-${kind}`} open>
      <summary>
        <strong>{title}</strong> <span className="tab-count">{items.length}</span>
      </summary>
      <ul className="alert-list">
        {(all ? items : items.slice(0, FIRST)).map((alert, i) => {
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
      {!all && items.length > FIRST ? (
        <button type="button" className="btn btn-small" data-testid={`alert-more-${kind}`} onClick={() => setAll(true)}>
          {t('homeShowAll', { n: items.length })}
        </button>
      ) : null}
    </details>
  );
}
