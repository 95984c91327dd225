import { can, RATING_GRADE_LABELS } from '@dangvu/schema';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import type { RatingRow } from './ratings.documents';

/** A table of subjects with the year's grade and score and, for those who may, a button to rate. */
export function RatedTable({ heads, children }: { heads: string[]; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <table className="table">
      <thead>
        <tr>
          {heads.map((h) => (
            <th key={h}>{h}</th>
          ))}
          <th>{t('ratingGrade')}</th>
          <th className="num">{t('ratingScore')}</th>
          <th />
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The year's grade, score and rate button of one subject (the button only when `onRate` is given). */
export function RatedCells({
  rating,
  testid,
  onRate,
}: {
  rating: RatingRow | null;
  testid: string;
  onRate?: () => void;
}) {
  const { t, l } = useI18n();
  return (
    <>
      <td data-testid={`${testid}-grade`}>
        {rating ? l(RATING_GRADE_LABELS, rating.grade) : <span className="muted">{t('ratingNone')}</span>}
      </td>
      <td className="num">{rating?.score ?? ''}</td>
      <td>
        {onRate ? (
          <button type="button" className="btn btn-small" data-testid={`${testid}-rate`} onClick={onRate}>
            {rating ? t('ratingRerate') : t('ratingRate')}
          </button>
        ) : null}
      </td>
    </>
  );
}

/** The ratings page of an organisation (this year's). */
export const ratingsPath = (orgId: string) => `/ratings?within=${encodeURIComponent(orgId)}`;

/** On the organisation page: its year's ratings (its own, its cells', its members'). */
export function OrgRatingsLink({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!can(user.role, 'rating:read')) return null;
  return (
    <p className="org-ratings-link">
      <Link to={ratingsPath(orgId)} className="btn" data-testid="org-ratings-link">
        {t('ratingsLink')}
      </Link>
    </p>
  );
}
