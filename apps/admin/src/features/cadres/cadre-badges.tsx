import { POSITION_KIND_LABELS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import type { PlacementRow } from './cadres.documents';
import { leadershipPath } from './cadres-search';

/** "Kiêm nhiệm" when the cadre holds another post the same day; "Không phải người địa phương" when not local. */
export function PlacementBadges({ placement }: { placement: Pick<PlacementRow, 'concurrent' | 'local'> }) {
  const { t } = useI18n();
  return (
    <>
      {placement.concurrent ? (
        <span className="badge badge-concurrent" data-testid="badge-concurrent" title={t('concurrentHint')}>
          {t('concurrent')}
        </span>
      ) : null}
      {placement.local ? null : (
        <span className="badge badge-nonlocal" data-testid="badge-nonlocal" title={t('nonLocalHint')}>
          {t('nonLocal')}
        </span>
      )}
    </>
  );
}

/** A post and where it is held: "Bí thư · Đảng ủy xã Lăng Can", with its badges. */
export function PostLine({ placement }: { placement: PlacementRow }) {
  const { l } = useI18n();
  return (
    <span className="post-line" data-testid="cadre-post" data-position={placement.position}>
      <strong>{l(POSITION_KIND_LABELS, placement.position)}</strong>
      {' · '}
      <Link to={leadershipPath(placement.organization.id)}>{placement.organization.name}</Link>{' '}
      <PlacementBadges placement={placement} />
    </span>
  );
}
