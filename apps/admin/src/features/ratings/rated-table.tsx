import { RATING_GRADE_LABELS } from '@dangvu/schema';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
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
