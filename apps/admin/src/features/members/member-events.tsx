import { MEMBER_EVENT_KIND_LABELS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { formatDate } from '../../shared/format';
import type { MemberEvent } from './members.documents';

/** The member's history: admission, recognition, transfers, exemptions, leaving… oldest first. */
export function MemberEvents({ events }: { events: MemberEvent[] }) {
  const { t, l } = useI18n();
  const sorted = [...events].sort((a, b) => a.on.localeCompare(b.on) || a.recordedAt.localeCompare(b.recordedAt));
  return (
    <section className="panel member-history">
      <h2>{t('history')}</h2>
      {sorted.length === 0 ? <p className="muted">{t('noEvents')}</p> : null}
      <ol className="timeline" data-testid="member-events">
        {sorted.map((e) => (
          <li key={e.id} className="timeline-item" data-testid="member-event" data-kind={e.kind}>
            <div className="timeline-date">{formatDate(e.on)}</div>
            <div className="timeline-body">
              <strong>{l(MEMBER_EVENT_KIND_LABELS, e.kind)}</strong>
              {e.decisionNumber ? (
                <span className="muted">
                  {' '}
                  · {t('decisionNumber')}: <span className="mono">{e.decisionNumber}</span>
                </span>
              ) : null}
              {e.fromOrganization || e.toOrganization ? (
                <div className="small">
                  {e.fromOrganization ? `${t('fromOrganization')}: ${e.fromOrganization.name}` : null}
                  {e.fromOrganization && e.toOrganization ? ' → ' : null}
                  {e.toOrganization ? `${t('toOrganization')}: ${e.toOrganization.name}` : null}
                </div>
              ) : null}
              {e.note ? <div className="small">{e.note}</div> : null}
              {e.recordedBy ? (
                <div className="muted small">
                  {t('recordedBy')}: {e.recordedBy.displayName || e.recordedBy.username}
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
