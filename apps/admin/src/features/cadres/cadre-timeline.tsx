import { PLACEMENT_MODE_LABELS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { formatDate, todayIso } from '../../shared/format';
import { PostLine } from './cadre-badges';
import type { PlacementRow } from './cadres.documents';
import { mayPlaceAt } from './placing';

/** Is the placement held on the day (half-open: up to, not including, endsOn)? */
export const heldOn = (p: Pick<PlacementRow, 'startsOn' | 'endsOn'>, day: string) =>
  p.startsOn <= day && (p.endsOn === null || day < p.endsOn);

interface Props {
  placements: readonly PlacementRow[];
  /** Offered on a placement not yet ended, where the role may place. */
  onEnd?: (placement: PlacementRow) => void;
}

/** The placement history, newest first: the post, where, from and until when, how, and its badges. */
export function CadreTimeline({ placements, onEnd }: Props) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const today = todayIso();
  const sorted = [...placements].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.id.localeCompare(b.id));
  return (
    <section className="panel cadre-history">
      <h2>{t('cadreHistory')}</h2>
      {sorted.length === 0 ? <p className="muted">{t('cadreNoPlacements')}</p> : null}
      <ol className="timeline" data-testid="cadre-timeline">
        {sorted.map((p) => {
          const held = heldOn(p, today);
          const open = p.endsOn === null || p.endsOn > today;
          return (
            <li
              key={p.id}
              className={held ? 'timeline-item timeline-current' : 'timeline-item'}
              data-testid="cadre-placement"
              data-position={p.position}
              data-org-code={p.organization.code}
              data-held={held}
            >
              <div className="timeline-date">
                {formatDate(p.startsOn)} – {p.endsOn ? formatDate(p.endsOn) : t('untilNow')}
              </div>
              <div className="timeline-body">
                <PostLine placement={p} />
                {held ? <span className="badge badge-active">{t('heldNow')}</span> : null}
                <div className="muted small">
                  {l(PLACEMENT_MODE_LABELS, p.mode)}
                  {p.decisionNumber ? (
                    <>
                      {' · '}
                      {t('decisionNumber')}: <span className="mono">{p.decisionNumber}</span>
                    </>
                  ) : null}
                </div>
              </div>
              {open && onEnd && mayPlaceAt(user, p.organization) ? (
                <button
                  type="button"
                  className="btn btn-small btn-danger-outline timeline-action"
                  data-testid={`placement-end-${p.id}`}
                  onClick={() => onEnd(p)}
                >
                  {t('endPlacement')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
